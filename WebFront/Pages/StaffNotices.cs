namespace CheckIn.WebFront.Pages;

/// <summary>The notice and error blocks of the staff pages.</summary>
public static class StaffNotices
{
    public static HtmlContent Render(string? notice, IReadOnlyList<string>? errors)
    {
        var noticeBlock = notice is null ? HtmlContent.Empty : Html.Of($"<p class=\"notice\" role=\"status\">{notice}</p>");
        if (errors is null || errors.Count == 0)
        {
            return noticeBlock;
        }

        var items = Html.Join(errors.Select(static e => Html.Of($"<li>{e}</li>")));
        return Html.Of($"{noticeBlock}<div class=\"error\" role=\"alert\"><ul>{items}</ul></div>");
    }
}
