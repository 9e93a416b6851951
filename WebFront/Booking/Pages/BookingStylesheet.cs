using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CheckIn.WebFront.Booking.Pages;

/// <summary>The booking pages' additions to the shared stylesheet (served by the area, as the content
/// security policy allows no inline style): touch-sized choices for phones, notices and booking cards.</summary>
public static class BookingStylesheet
{
    /// <summary>Where the stylesheet is served.</summary>
    public const string Path = "/booking/assets/booking.css";

    private const string Css = """
        /* Booking pages: mobile first; every control at least 44px high. */
        input[type="date"], input[type="datetime-local"], input[type="number"], input[type="file"], select, textarea {
          font: inherit;
          padding: 0.5rem 0.6rem;
          border: 1px solid #595959;
          border-radius: 4px;
          min-height: 2.75rem;
          max-width: 100%;
        }
        textarea { min-height: 5rem; }
        .notice { padding: 0.5rem 0.75rem; border-left: 4px solid #1e7b34; background: #e8f5eb; color: #14532d; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; overflow-wrap: anywhere; }
        .choices { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
        .choices li { display: flex; align-items: center; gap: 0.75rem; padding: 0.5rem 0.75rem; border: 1px solid #c4c4c4; border-radius: 4px; min-height: 2.75rem; }
        .choices input[type="radio"] { width: 1.4rem; height: 1.4rem; margin: 0; flex: none; }
        .choices label { margin: 0; font-weight: 400; flex: 1; cursor: pointer; }
        .choices .full { color: #4d4d4d; background: #f2f2f2; }
        .seats { font-variant-numeric: tabular-nums; white-space: nowrap; }
        .day-nav { display: flex; justify-content: space-between; gap: 1rem; margin: 1rem 0; }
        .booking { border: 1px solid #c4c4c4; border-radius: 4px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
        .booking h3 { margin: 0 0 0.5rem; font-size: 1.05rem; }
        .code { font-size: 1.4rem; letter-spacing: 0.1em; font-variant-numeric: tabular-nums; }
        .queue-position { font-size: 2.5rem; font-weight: 700; margin: 0.25rem 0; font-variant-numeric: tabular-nums; }
        fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
        legend { font-weight: 600; padding: 0; margin-bottom: 0.5rem; }
        @media (min-width: 40rem) { .choices { max-width: 32rem; } }
        """;

    /// <summary>The stylesheet, cacheable for an hour.</summary>
    public static ContentHttpResult Serve(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(Css, "text/css", Encoding.UTF8);
    }
}
