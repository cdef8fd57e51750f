using System.Text.Json.Nodes;

namespace Ingest.Deployment.Tests.Bicep;

/// <summary>The function app: Flex Consumption, .NET isolated, its own identity, the azd service tag.</summary>
public sealed class FunctionAppTemplateTests(CompiledTemplate compiled)
{
    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = compiled.Template.Single("Microsoft.Web/serverfarms").Body.GetProperty("sku");

        Assert.Equal("FlexConsumption", plan.GetProperty("tier").GetString());
        Assert.Equal("FC1", plan.GetProperty("name").GetString());
    }

    [Fact]
    public void FunctionApp_Runtime_IsDotnetIsolatedTen()
    {
        var site = compiled.Template.Single("Microsoft.Web/sites");
        var runtime = site.Properties.GetProperty("functionAppConfig").GetProperty("runtime");

        Assert.Equal("dotnet-isolated", ArmTemplate.TryEvaluateString(runtime.GetProperty("name"), site.Scope));
        Assert.Equal("10.0", ArmTemplate.TryEvaluateString(runtime.GetProperty("version"), site.Scope));
    }

    [Fact]
    public void FunctionApp_Identity_IsUserAssignedAndUsedForTheDeploymentPackage()
    {
        var site = compiled.Template.Single("Microsoft.Web/sites");
        var authentication = site.Properties.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage").GetProperty("authentication");

        Assert.Equal("UserAssigned", site.Body.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", authentication.GetProperty("type").GetString());
        Assert.True(site.Properties.GetProperty("httpsOnly").GetBoolean());
    }

    [Fact]
    public void FunctionApp_Tags_NameTheAzdService()
    {
        var site = compiled.Template.Single("Microsoft.Web/sites");
        var tags = Assert.IsType<JsonObject>(ArmTemplate.Evaluate(site.Body.GetProperty("tags"), site.Scope));

        Assert.Equal(AzureYaml.Load().ServiceName, tags["azd-service-name"]?.GetValue<string>());
    }

    [Fact]
    public void BasicAuthPublishing_FtpAndScm_AreOff()
    {
        var policies = compiled.Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties.GetProperty("allow").GetBoolean()));
    }
}
