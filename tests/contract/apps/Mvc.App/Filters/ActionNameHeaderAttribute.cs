using Microsoft.AspNetCore.Mvc.Filters;

namespace Mvc.App.Filters;

/// <summary>
/// Names the executed action in a response header, so tests can check that MVC filters still run around a probed action.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ActionNameHeaderAttribute : ActionFilterAttribute
{
    public const string HeaderName = "X-Mvc-Action";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers[HeaderName] = context.ActionDescriptor.RouteValues["action"];
    }
}
