using MlsPrep.Web.Database;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace MlsPrep.Web.Accounts;

public static class AccountSetup
{
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): long passphrases beat "P@ssw0rd".
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<MlsPrepDb>();
        builder.Services.AddScoped<UniformSignIn>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "MlsPrep.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
            // Identity checks the security stamp once per interval, but builds its sign-in services on every request to
            // find that out: look at the cookie's age first, and hand over only when a check is due.
            options.Events.OnValidatePrincipal = context =>
            {
                var stamp = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
                var now = (stamp.TimeProvider ?? TimeProvider.System).GetUtcNow();
                return context.Properties.IssuedUtc is { } issued && now - issued < stamp.ValidationInterval
                    ? Task.CompletedTask
                    : SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });

        // Registered after Identity's cookie, so this runs once the framework has set the cookie's format.
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(options => options.TicketDataFormat = new RememberedTickets(options.TicketDataFormat));

        // Keys live in the database, so a restart (or a second server on the same file) keeps everyone signed in.
        builder.Services.AddDataProtection().SetApplicationName("MlsPrep").PersistKeysToDbContext<MlsPrepDb>();
    }
}
