using CheckIn.Grains.Interfaces.Booking;
using CheckIn.WebFront.Pages;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>A day's slots with their seats: capacity, booked, held, attended, no-shows, free.</summary>
internal static class StaffSlotsView
{
    public static HtmlContent Render(PageContext page, CampaignInfo campaign, DateOnly date, IReadOnlyList<SlotSummary> slots)
    {
        var id = campaign.CampaignId;
        var rows = Html.Join(slots.Select(s => Html.Of($"""
            <tr>
            <td><a href="{StaffPaths.Slot(id, s.Slot.SlotId)}">{BookingFormat.Time(s.Slot.Time)}</a></td>
            <td>{campaign.Sites.FirstOrDefault(site => site.SiteId == s.Slot.SiteId)?.Name ?? s.Slot.SiteId}</td>
            <td class="num">{s.Slot.Capacity}</td><td class="num">{s.Booked}</td><td class="num">{s.Held}</td>
            <td class="num">{s.Attended}</td><td class="num">{s.NoShows}</td><td class="num">{s.Remaining}</td>
            </tr>
            """)));
        var table = slots.Count == 0
            ? Html.Of($"<p>{page.T("この日の予約枠はありません。", "No slots on this day.")}</p>")
            : Html.Of($"""
                <div class="table-wrap"><table>
                <caption>{BookingFormat.Date(page, date)}</caption>
                <thead><tr>
                <th scope="col">{page.T("時刻", "Time")}</th><th scope="col">{page.T("会場", "Site")}</th>
                <th scope="col" class="num">{page.T("定員", "Seats")}</th><th scope="col" class="num">{page.T("予約", "Booked")}</th>
                <th scope="col" class="num">{page.T("手続中", "Held")}</th><th scope="col" class="num">{page.T("来場", "Attended")}</th>
                <th scope="col" class="num">{page.T("未来場", "No-shows")}</th><th scope="col" class="num">{page.T("空き", "Free")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                </table></div>
                """);
        return Html.Of($"""
            <p><a href="{StaffPaths.Campaign(id)}">{campaign.Name}</a></p>
            <h1>{page.T("予約枠と来場", "Slots and attendance")}</h1>
            <form method="get" action="{StaffPaths.Slots(id)}" class="stack">
            <label for="date">{page.T("日付", "Day")}</label>
            <input id="date" name="date" type="date" required value="{BookingFormat.Iso(date)}">
            <button type="submit">{page.T("表示", "Show")}</button>
            </form>
            <nav class="day-nav"><a href="{StaffPaths.Slots(id, date.AddDays(-1))}">← {page.T("前の日", "Previous day")}</a><a href="{StaffPaths.Slots(id, date.AddDays(1))}">{page.T("次の日", "Next day")} →</a></nav>
            {table}
            """);
    }
}
