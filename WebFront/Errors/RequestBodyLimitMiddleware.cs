using CheckIn.WebFront.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace CheckIn.WebFront.Errors;

/// <summary>Caps request bodies at <see cref="WebFrontOptions.MaxRequestBodyBytes"/>, or at the endpoint's
/// own <see cref="IRequestSizeLimitMetadata"/>: a declared length over the cap is refused with 413 before
/// anything is read, and the server's limit stops an undeclared (chunked) one while it is read.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<WebFrontOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ProblemCodes.BodyTooLarge,
                ProblemCodes.TitleForStatus(StatusCodes.Status413PayloadTooLarge), $"The limit is {limit} bytes.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
