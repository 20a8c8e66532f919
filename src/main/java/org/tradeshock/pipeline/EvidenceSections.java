package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.report.Block;
import org.tradeshock.report.Callout;
import org.tradeshock.report.Paragraph;
import org.tradeshock.report.Section;
import org.tradeshock.report.Table;

/** Claims against evidence, and the modelled sanctioned state against what the data show. */
final class EvidenceSections {
  private EvidenceSections() {}

  static Section modelVsData(Analysis a) {
    ObservedCheck o = a.observed();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(o.sentence()));
    Table t = Table.builder("model-vs-data", "The sanctioned scenario against the data")
        .text("Quantity").number("Data", 1).number("Model", 1).text("Data source")
        .row(o.exporter() + " export volume (" + o.product() + "), " + ObservedCheck.span(o.before()) + " to "
            + ObservedCheck.span(o.after()), Fmt.pct(o.observedVolumeChange()), Fmt.pct(o.modelVolumeChange()),
            "trade_totals (FAOSTAT)")
        .row(o.exporter() + " share of world exports before", Fmt.pct(o.observedShareBefore()), "", "trade_totals")
        .row(o.exporter() + " share of world exports after", Fmt.pct(o.observedShareAfter()), "", "trade_totals")
        .row("Potash price (annual mean)", Fmt.pct(o.observedPriceChange()), Fmt.pct(o.modelPriceChange()),
            "prices (World Bank Pink Sheet)")
        .note("Model: the sanctioned scenario against the base year. Shares are computed as the data's own sum over"
            + " countries.")
        .build();
    blocks.add(t);
    blocks.add(Callout.note(gapText(o)));
    return new Section("model-vs-data", "Model against the data, 2022-2023", blocks);
  }

  private static String gapText(ObservedCheck o) {
    String vol = Math.abs(o.observedVolumeChange() - o.modelVolumeChange()) > 0.1
        ? String.format(Locale.ROOT, "The modelled export drop (%s) differs from the observed one (%s) by more than"
            + " 10 points: the hand-set friction wedges are a lower bound of the sanctions' bite, or capacity limits"
            + " on the rerouted exports bind (calibrating the wedges to the data is the next step).",
            Fmt.pctText(o.modelVolumeChange()), Fmt.pctText(o.observedVolumeChange()))
        : "The modelled export drop is within 10 points of the observed one.";
    return vol + " The observed price change also reflects the 2021-2022 demand boom, energy costs, Russia's war and"
        + " the change of the Pink Sheet basis from f.o.b. Vancouver to Brazil CFR in January 2020; the model isolates"
        + " the sanctions alone.";
  }

  static Section claims(Analysis a) {
    Table.Builder t = Table.builder("claims", "Claims from the reporting, checked against the bundled data")
        .text("Claim").text("Source").text("Verdict").text("Evidence");
    for (ClaimVerdict v : a.verdicts()) {
      t.row(v.claim().claim(), v.claim().publication() + " (" + v.claim().published() + ")",
          v.verdict().name().replace('_', ' ').toLowerCase(Locale.ROOT), v.evidence());
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Each claim carries a rule and a tolerance (datasets/claims.csv): **supported** when every"
        + " measure is within the tolerance, **partly supported** when some are or all are within twice the tolerance,"
        + " **contradicted** otherwise, and **not checkable** when no bundled dataset covers it."));
    blocks.add(t.build());
    return new Section("claims", "Claims and evidence", blocks);
  }
}
