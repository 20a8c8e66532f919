package org.tradeshock.datasets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradeshock.common.BadInputException;

class LoaderErrorsTest {
  private static final String TRADE_HEADER = "year,iso3,country,flow,product,tonnes,value_usd,flag,source\n";
  private static final String CLAIMS_HEADER =
      "claim_id,claim,quantity,unit,period,publication,published,rule,params,tolerance\n";

  @TempDir Path dir;

  @Test
  void rejectsAMissingColumnNamingFileAndColumn() throws IOException {
    Path f = write("trade_totals.csv", "year,iso3,country,flow,product,tonnes,value_usd,source\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTradeTotals(f));
    assertMentions(e, "trade_totals.csv", "line 1", "missing column 'flag'");
  }

  @Test
  void rejectsAnExtraColumnNamingIt() throws IOException {
    Path f = write("trade_totals.csv", TRADE_HEADER.trim() + ",comment\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTradeTotals(f));
    assertMentions(e, "trade_totals.csv", "line 1", "unexpected column 'comment'");
  }

  @Test
  void rejectsANonNumericTonnageWithLineAndColumn() throws IOException {
    Path f = write("trade_totals.csv", TRADE_HEADER
        + "2019,BLR,Belarus,export,MOP,10323959.94,2766510700,Qm,FAOSTAT RFB 2019\n"
        + "2019,CAN,Canada,export,MOP,12k,4934000000,Qm,FAOSTAT RFB 2019\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTradeTotals(f));
    assertMentions(e, "trade_totals.csv", "line 3", "column tonnes", "'12k'", "a number");
  }

  @Test
  void rejectsANegativeTonnage() throws IOException {
    Path f = write("trade_totals.csv", TRADE_HEADER + "2019,BLR,Belarus,export,MOP,-5,100,,FAOSTAT RFB 2019\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTradeTotals(f));
    assertMentions(e, "trade_totals.csv", "line 2", "column tonnes", "'-5'", ">= 0");
  }

  @Test
  void rejectsAnIsoCodeThatIsNotThreeLetters() throws IOException {
    Path f = write("trade_totals.csv", TRADE_HEADER + "2019,112,Belarus,export,MOP,5,100,,FAOSTAT RFB 2019\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTradeTotals(f));
    assertMentions(e, "line 2", "column iso3", "'112'");
  }

  @Test
  void rejectsABadDateInTheTimeline() throws IOException {
    Path f = write("timeline.csv", "date,event_id,actor,kind,description,legal_reference,source,status\n"
        + "2022-02-30,lt-klaipeda-transit-halt,LTU,logistics,transit stops,,Interfax,secondary\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadTimeline(f));
    assertMentions(e, "timeline.csv", "line 2", "column date", "'2022-02-30'", "YYYY-MM-DD");
  }

  @Test
  void rejectsAMonthlyPriceWithAnAnnualPeriod() throws IOException {
    Path f = write("prices_kcl.csv", "period,frequency,usd_per_t,basis,source\n"
        + "2022,monthly,1202,Brazil CFR granular spot,Pink Sheet\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadPrices(f));
    assertMentions(e, "prices_kcl.csv", "line 2", "column period", "'2022'", "YYYY-MM");
  }

  @Test
  void rejectsAnUnknownRuleListingTheKnownRules() throws IOException {
    Path f = write("claims.csv", CLAIMS_HEADER
        + "x-claim,Some claim,20,percent,2019,Paper,2021,guess_share,exporter=BLR,3\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadClaims(f));
    assertMentions(e, "claims.csv", "line 2", "column rule", "'guess_share'", "export_share",
        "not_checkable");
  }

  @Test
  void rejectsAMissingRuleParameterNamingTheKey() throws IOException {
    Path f = write("claims.csv", CLAIMS_HEADER
        + "x-claim,Some claim,20,percent,2019,Paper,2021,export_share,exporter=BLR;years=2019,3\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadClaims(f));
    assertMentions(e, "claims.csv", "line 2", "column params", "'measures'", "known rules");
  }

  @Test
  void rejectsABadMeasureInTheParams() throws IOException {
    Path f = write("claims.csv", CLAIMS_HEADER
        + "x-claim,Some claim,20,percent,2019,Paper,2021,export_share,"
        + "\"exporter=BLR;years=2019;measures=tonnes_MOP,barrels\",3\n");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadClaims(f));
    assertMentions(e, "claims.csv", "line 2", "column params", "measures='tonnes_MOP,barrels'");
  }

  @Test
  void namesThePathOfAMissingFile() {
    Path f = dir.resolve("nowhere").resolve("production.csv");
    BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.loadProduction(f));
    assertMentions(e, f.toString(), "file not found");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void assertMentions(BadInputException e, String... parts) {
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "message lacks '" + p + "': " + e.getMessage());
    }
  }
}
