using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlaybookPortal.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    // Anonymous visitors see this page only when the pipeline re-executes it for an error of
    // their own request; opened directly it is not one of the anonymous endpoints.
    private IActionResult Show(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted && User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Code = code ?? 500;
        return Page();
    }

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "Not allowed",
        400 => "That request could not be understood",
        _ => "Something went wrong",
    };

    public string Explanation => Code switch
    {
        404 => "There is no playbook or page at this address. It may have been moved or archived.",
        403 => "Your role does not give you access to this page.",
        400 => "Please go back and try again.",
        _ => "The error has been logged. Please try again in a moment.",
    };
}
