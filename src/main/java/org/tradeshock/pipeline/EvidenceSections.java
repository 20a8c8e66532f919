package org.tradeshock.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradeshock.claims.ClaimVerdict;
import org.tradeshock.datasets.PricePoint;
import org.tradeshock.datasets.TradeTotal;
import org.tradeshock.job.JobSpec;
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
    blocks.add(new Paragraph(o.sentence(a.job().spec().notesOrEmpty().priceCheck())));
    String ex = o.exporter();
    String b = ObservedCheck.span(o.before());
    String af = ObservedCheck.span(o.after());
    String modelProduct = a.job().spec().baseline().product() == null ? "base-year values"
        : a.job().spec().baseline().product() + " tonnes";
    String year = SummarySection.baseYear(a);
    String notTargeted = "not targeted by the calibration";
    JobSpec.Notes notes = a.job().spec().notesOrEmpty();
    String volumeSource = "trade_totals (" + tradeSource(a, o) + ", t " + o.product() + ")";
    String priceSource = "prices (" + DataSources.of(a.inputs().data().prices().stream().map(PricePoint::source),
        "price dataset") + ": " + o.observedPriceBasis() + ")";
    String priceLabel = notes.priceLabel() == null ? "Price" : notes.priceLabel() + " price";
    Table t = Table.builder("model-vs-data", "The sanctioned scenario against the data")
        .text("Quantity").number("Data", 1).number("Model", 1).text("Status").text("Data source")
        .row(ex + " exports, change from " + b + " to " + af, Fmt.pct(o.observedVolumeChange()),
            Fmt.pct(o.modelVolumeChange()), o.isCalibrated("export_volume") ? CALIBRATED : notTargeted,
            volumeSource)
        .row(ex + " share of world exports before (data " + b + "; model base year " + year + ")",
            Fmt.share(o.observedShareBefore()), Fmt.share(o.modelShareBase()), "model input (base-year totals)",
            volumeSource)
        .row(ex + " share of world exports after (data " + af + "; model sanctioned state)",
            Fmt.share(o.observedShareAfter()), Fmt.share(o.modelShareAfter()),
            o.isCalibrated("export_share") ? CALIBRATED : notTargeted, volumeSource)
        .row("Exports of all other countries, change from " + b + " to " + af, Fmt.pct(o.observedOthersChange()),
            Fmt.pct(o.modelOthersChange()), o.isCalibrated("export_share") ? "implied by the calibrated share" : notTargeted,
            volumeSource)
        .row(priceLabel + ", change of annual means from " + b + " to " + af + " (model: delivered"
                + " import price in " + o.priceRegion() + ")", Fmt.pct(o.observedPriceChange()),
            Fmt.pct(o.modelPriceChange()),
            o.priceCalibrated() ? CALIBRATED : notTargeted + "; not the same quantity (see below)",
            priceSource)
        .note("Data: " + o.product() + " tonnes (" + tradeSource(a, o) + "), shares of the sum over all countries."
            + " Model: " + modelProduct + " at base-year prices, the sanctioned scenario against the base year; shares"
            + " of world export volume including trade inside multi-country regions, as the data count it. A share is a"
            + " level, not a change. Rows marked \"" + CALIBRATED + "\" agree because the wedges were solved to make"
            + " them agree; they are no test of the model. Price: the model's row is the delivered (CFR) price in "
            + o.priceRegion() + ", beside the data's price on its own basis (" + o.observedPriceBasis() + ");"
            + " the headline's market price, the"
            + " import-weighted delivered index, changes by " + Fmt.pctText(o.modelMarketPriceChange()) + " in the same"
            + " scenario.")
        .build();
    blocks.add(t);
    blocks.add(Callout.note(gapText(o, notes)));
    return new Section("model-vs-data", "Model against the data, " + af, blocks);
  }

  /** Status of a row the calibration reproduces. */
  static final String CALIBRATED = "calibration target (matched by construction)";

  /** The publications the trade totals of the compared product cite, or a neutral name. */
  private static String tradeSource(Analysis a, ObservedCheck o) {
    return DataSources.of(a.inputs().data().tradeTotals().stream().filter(t -> o.product().equals(t.product()))
        .map(TradeTotal::source), "trade totals dataset");
  }

  private static String gapText(ObservedCheck o, JobSpec.Notes notes) {
    StringBuilder sb = new StringBuilder();
    if (o.isCalibrated("export_volume")) {
      sb.append(Fmt.f("The export drop of %s is the calibration target: the wedges are solved so that the sanctioned"
          + " state reproduces it, so its match is no evidence of fit. ", o.exporter()));
    } else if (Math.abs(o.observedVolumeChange() - o.modelVolumeChange()) > 0.1) {
      sb.append(Fmt.f("The modelled export drop (%s) differs from the observed one (%s) by more than 10 points. ",
          Fmt.pctText(o.modelVolumeChange()), Fmt.pctText(o.observedVolumeChange())));
    }
    if (!o.isCalibrated("export_share")) {
      double gap = o.modelShareAfter() - o.observedShareAfter();
      sb.append(Fmt.f("The checks the calibration did not target: %s's share of world exports after the sanctions is"
              + " %s in the model against %s in the data (%+.1f points), from a base-year share of %s in the model"
              + " against %s in the data before. ",
          o.exporter(), Fmt.shareText(o.modelShareAfter()), Fmt.shareText(o.observedShareAfter()), 100 * gap,
          Fmt.shareText(o.modelShareBase()), Fmt.shareText(o.observedShareBefore())));
      double others = o.modelOthersChange() - o.observedOthersChange();
      sb.append(Fmt.f("The other exporters' exports change by %s in the model and by %s in the data", Fmt.pctText(
          o.modelOthersChange()), Fmt.pctText(o.observedOthersChange())));
      sb.append(Math.abs(others) > 0.05 && others > 0
          ? ": the model lets competitors fill more of the gap than they did; its demand moves only with the"
              + " modelled price" + (notes.othersGap() == null ? "" : ", while " + notes.othersGap()) + ". "
          : Math.abs(others) > 0.05
              ? ": competitors filled more of the gap than the model lets them. "
              : ", within 5 points. ");
    }
    if (!o.priceCalibrated()) {
      sb.append(Fmt.f("The prices are not the same quantity: the model's %s is the equilibrium effect of the modelled"
              + " sanctions only (the calibrated wedge also takes up whatever else lowered the exports), while"
              + " the data's %s also carries %s. The gap is the part of the price change the model does not"
              + " attribute to the sanctions, not a model error.",
          Fmt.pctText(o.modelPriceChange()), Fmt.pctText(o.observedPriceChange()),
          notes.priceGap() == null ? "whatever else moved the price over those years" : notes.priceGap()));
    }
    return sb.toString().strip();
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
