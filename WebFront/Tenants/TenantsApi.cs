using CheckIn.Grains.Interfaces.Tenants;
using CheckIn.WebFront.Auth;
using CheckIn.WebFront.Errors;
using CheckIn.WebFront.RateLimits;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

namespace CheckIn.WebFront.Tenants;

/// <summary>Tenants and their staff: <c>POST /api/tenants</c> (admin) and
/// <c>POST /api/tenants/{tenant}/staff</c> (admin, municipality-admin of the tenant).</summary>
public static class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/tenants").WithTags("Tenants").RequireRateLimiting(RateLimitPolicies.PerAccount);
        api.MapPost("", CreateTenant)
            .RequireAuthorization(StaffPolicies.Admin)
            .WithName("CreateTenant")
            .WithSummary("Creates a tenant (a municipality)");
        api.MapPost("/{tenant}/staff", CreateStaff)
            .RequireAuthorization(StaffPolicies.TenantStaffManager)
            .WithName("CreateStaff")
            .WithSummary("Creates a staff account of the tenant");
        return app;
    }

    internal static async Task<Results<Created<TenantResponse>, ProblemHttpResult>> CreateTenant(CreateTenantRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new ValidationErrors();
        if (errors.Require("id", body.Id) && !StaffRules.IsValidTenantId(body.Id))
        {
            errors.Add("id", "must match [a-z0-9-]{2,40}");
        }

        if (errors.Require("name", body.Name) && !StaffRules.IsValidTenantName(body.Name))
        {
            errors.Add("name", $"must not be blank and at most {StaffRules.TenantNameMaxLength} characters");
        }

        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var tenant = grains.GetGrain<ITenantGrain>(body.Id!);
        var status = await tenant.CreateAsync(body.Name!, user.GetStaffUsername()!);
        switch (status)
        {
            case TenantCreateStatus.Created:
                var created = await tenant.GetAsync();
                return TypedResults.Created($"/api/tenants/{created!.Id}", new TenantResponse(created.Id, created.Name, created.CreatedAt));
            case TenantCreateStatus.AlreadyExists:
                return TenantFailures.TenantExists.ToProblem();
            default:
                return new ValidationErrors().Add("id", "is invalid").ToProblem();
        }
    }

    internal static async Task<Results<Created<StaffResponse>, ProblemHttpResult>> CreateStaff(string tenant, CreateStaffRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!StaffRules.IsValidTenantId(tenant))
        {
            return TenantFailures.UnknownTenant.ToProblem();
        }

        if (body is null)
        {
            return Problems.MissingBody();
        }

        var errors = new ValidationErrors();
        errors.Require("username", body.Username);
        errors.Require("password", body.Password);
        errors.Require("role", body.Role);
        if (!errors.IsValid)
        {
            return errors.ToProblem();
        }

        var account = new NewStaffAccount(body.Username!, body.Password!, body.Role!, tenant, user.GetStaffUsername()!);
        var status = await grains.GetGrain<ITenantGrain>(tenant).AddStaffAsync(account);
        return status switch
        {
            StaffCreateStatus.Created => TypedResults.Created((string?)null, new StaffResponse(account.Username, account.Role, tenant)),
            StaffCreateStatus.UsernameTaken => TenantFailures.UsernameTaken.ToProblem(),
            StaffCreateStatus.InvalidUsername => TenantFailures.InvalidUsername.ToProblem(),
            StaffCreateStatus.InvalidPassword => TenantFailures.InvalidPassword.ToProblem(),
            StaffCreateStatus.InvalidRole => TenantFailures.InvalidRole.ToProblem(),
            _ => TenantFailures.UnknownTenant.ToProblem(),
        };
    }
}
