using System.Text.RegularExpressions;

namespace Ingest.Pipeline.Tagging.Entities;

/// <summary>
/// Titled works: laws, plans, opinions, journals, books, in 《》 or 〈〉. The canonical form is the
/// title without its brackets, folded to Simplified, so 《求是》 and 《求是》 in either script meet.
/// </summary>
internal static class WorkRecognizer
{
    public static IEnumerable<Entity> Find(EntityContext context)
    {
        foreach (Match match in EntityRules.Work().Matches(context.Folded))
        {
            var title = match.Groups["t"].Value.Trim();
            if (title.Length == 0)
            {
                continue;
            }

            yield return context.Create(EntityType.Work, match.Index, match.Index + match.Length, title);
        }
    }
}
