using PlaybookPortal.Core.Content;

namespace PlaybookPortal.Core.Tests.Content;

public class CategoryRulesTests
{
    [Fact]
    public void Assign_EverythingUnderOneFolder_UsesTheFoldersInsideIt()
    {
        string[] paths =
        [
            "handbook/index.html.md",
            "handbook/sales/qbrs/index.html.md",
            "handbook/marketing/events.html.md",
            "handbook/customer-success/csm/index.html.md",
        ];

        var categories = CategoryRules.Assign(paths);

        Assert.Equal([null, "sales", "marketing", "customer-success"], categories);
    }

    [Fact]
    public void FindCategoryParent_SingleFolderChain_DescendsToTheBranch()
    {
        string[] paths = ["departments/sales/a.md", "departments/sales/b/c.md", "departments/sales/d/e"];

        var parent = CategoryRules.FindCategoryParent(paths);

        Assert.Equal("departments/sales", parent);
    }

    [Fact]
    public void Assign_FoldersAtTheRoot_UsesThemAndLeavesRootPagesGeneral()
    {
        string[] paths = ["kpis/pipeline.md", "process/forecasting.md", "welcome.md"];

        var categories = CategoryRules.Assign(paths);

        Assert.Equal(["kpis", "process", null], categories);
    }

    [Fact]
    public void Assign_NoBranchAnywhere_GivesNoCategories()
    {
        string[] paths = ["docs/a.md", "docs/b.md"];

        var categories = CategoryRules.Assign(paths);

        Assert.All(categories, Assert.Null);
    }

    [Fact]
    public void FolderCategory_PageAboveTheBranch_IsNull()
    {
        var category = CategoryRules.FolderCategory("handbook/index.html.md", "handbook");

        Assert.Null(category);
    }
}
