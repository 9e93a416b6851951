using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>Voucher import: the upload form, and after an upload how many lines went in and each rejected
/// line with its reason.</summary>
internal static class StaffVouchersView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, VoucherImportResult? result, string? error)
    {
        var id = campaign.CampaignId;
        var report = result is null
            ? HtmlContent.Empty
            : Html.Of($"""
                <h2>{page.T("取り込み結果", "Import result")}</h2>
                <p class="notice" role="status" id="import-summary">{page.T($"{result.Imported}件を取り込みました。取り込めなかった行: {result.Rejected.Count}件", $"Imported {result.Imported} vouchers. Lines not imported: {result.Rejected.Count}")}</p>
                {Rejected(page, result.Rejected)}
                """);
        var errorBlock = error is null ? HtmlContent.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{error}</p>");
        return Html.Of($"""
            <p><a href="{StaffPaths.Campaign(id)}">{campaign.Name}</a></p>
            <h1>{page.T("接種券の取り込み", "Import vouchers")}</h1>
            {errorBlock}
            {report}
            <p>{page.T("CSVファイル（1行に「接種券番号,生年月日」、見出し行は任意、UTF-8またはShift_JIS）を選んでください。誤りのある行は理由とともに一覧にし、正しい行だけを取り込みます。同じファイルをもう一度取り込んでも重複しません。",
                "Choose a CSV file (one 'voucherNumber,birthDate' per line, header optional, UTF-8 or Shift_JIS). Lines with errors are listed with the reason; the good lines are imported. Importing the same file again adds no duplicates.")}</p>
            <form method="post" action="{StaffPaths.Vouchers(id)}" enctype="multipart/form-data" class="stack">
            {page.AntiforgeryField()}
            <label for="file">{page.T("CSVファイル", "CSV file")}</label>
            <input id="file" name="file" type="file" accept=".csv,text/csv,text/plain" required>
            <button type="submit">{page.T("取り込む", "Import")}</button>
            </form>
            """);
    }

    private static HtmlContent Rejected(PageContext page, IReadOnlyList<VoucherCsvRejection> rejected)
    {
        if (rejected.Count == 0)
        {
            return HtmlContent.Empty;
        }

        var rows = Html.Join(rejected.Select(static r => Html.Of($"<tr><td class=\"num\">{r.Line}</td><td>{r.Reason}</td></tr>")));
        return Html.Of($"""
            <div class="table-wrap"><table id="rejected-lines">
            <caption>{page.T("取り込めなかった行", "Lines not imported")}</caption>
            <thead><tr><th scope="col">{page.T("行", "Line")}</th><th scope="col">{page.T("理由", "Reason")}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table></div>
            """);
    }
}
