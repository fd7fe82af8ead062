using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlaybookPortal.Web.Pages;

public class IndexModel : PageModel
{
    public void OnGet()
    {

    }
}
