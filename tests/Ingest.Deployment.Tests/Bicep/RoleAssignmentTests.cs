namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The template grants the built-in roles the app and the system topic need (shared keys and API keys are off).</summary>
public sealed class RoleAssignmentTests(CompiledTemplate compiled)
{
    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Storage Table Data Contributor")]
    [InlineData("c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", "Storage Queue Data Message Sender")]
    [InlineData("8ebe5a00-799e-43f5-93ac-243d3dce84a7", "Search Index Data Contributor")]
    [InlineData("7ca78c08-252a-4471-8644-bb5ff32d4ba0", "Search Service Contributor")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    public void RoleAssignments_Template_GrantsRole(string roleDefinitionId, string role)
    {
        var assignments = compiled.Template.OfType("Microsoft.Authorization/roleAssignments");
        var granted = assignments.Any(a =>
            a.Properties.GetProperty("roleDefinitionId").GetString()!.Contains(roleDefinitionId, StringComparison.Ordinal)
            || VariablesOf(a).Contains(roleDefinitionId, StringComparison.Ordinal));

        Assert.True(granted, $"No role assignment grants {role} ({roleDefinitionId}).");
    }

    /// <summary>Role ids kept in a module's variables (assignments in a loop read them from there).</summary>
    private static string VariablesOf(ArmResource assignment) =>
        assignment.Scope.Template.TryGetProperty("variables", out var variables) ? variables.GetRawText() : string.Empty;
}
