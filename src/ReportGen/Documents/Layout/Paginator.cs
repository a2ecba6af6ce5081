namespace ReportGen.Documents.Layout;

/// <summary>
/// Places fragments on pages top to bottom: spacing collapses at the top of a page, a fragment that must keep
/// with the next moves with it, a table row that starts a page brings its header row along.
/// </summary>
internal static class Paginator
{
    public static List<List<(Fragment Fragment, float Y)>> Paginate(IReadOnlyList<Fragment> fragments, float top, float bottom)
    {
        var pages = new List<List<(Fragment, float)>> { new() };
        var y = top;

        void NewPage()
        {
            pages.Add([]);
            y = top;
        }

        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            if (fragment.BreakBefore)
            {
                if (pages[^1].Count > 0)
                {
                    NewPage();
                }

                continue;
            }

            var atTop = pages[^1].Count == 0;
            var space = atTop ? 0 : fragment.SpaceBefore;
            var needed = space + fragment.Height + KeptHeight(fragments, i);
            if (!atTop && y + needed > bottom)
            {
                NewPage();
                space = 0;
            }

            if (pages[^1].Count == 0 && fragment.RepeatedHeader is { } header)
            {
                pages[^1].Add((header, y));
                y += header.Height;
            }

            pages[^1].Add((fragment, y + space));
            y += space + fragment.Height;
        }

        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>The height of the fragments that must stay on the same page as fragment <paramref name="index"/>.</summary>
    private static float KeptHeight(IReadOnlyList<Fragment> fragments, int index)
    {
        var height = 0f;
        // A chain of keep-with-next fragments (a heading, then a paragraph's first line) moves as one, but a
        // chain never takes more than a few fragments, so a long run of kept lines cannot push forever.
        for (var i = index; i < fragments.Count - 1 && fragments[i].KeepWithNext && i < index + 4; i++)
        {
            var next = fragments[i + 1];
            if (next.BreakBefore)
            {
                break;
            }

            height += next.SpaceBefore + next.Height;
        }

        return height;
    }
}
