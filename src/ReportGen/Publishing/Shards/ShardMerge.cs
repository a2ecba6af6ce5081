using ReportGen.Diagnostics;
using ReportGen.Localization;
using ReportGen.Resources;

namespace ReportGen.Publishing.Shards;

/// <summary>What a merge wrote: the output folder, the shards it took, the document sets and files it holds.</summary>
public sealed record MergeResult(string OutputDirectory, int Shards, int Sets, int Files);

/// <summary>
/// <c>reportgen merge DIR… --out OUT</c>: the folders of the shards of one <c>build --per SEGMENT --shard K/N</c>,
/// assembled into one output folder. The sets' files are the build's own, copied byte for byte, so the merged folder
/// is the unsharded build's, manifests included; only the shards' <c>shard.json</c> stay behind. Before a byte is
/// written, the shards are checked to be those of one build (the same generator, options, inputs and sets), every
/// shard present once, every set in exactly one shard, and every file as its <c>shard.json</c> lists it (a copy
/// corrupted on the way is refused, named). OUT is written as a build writes its folder (<see cref="OutputTransaction"/>:
/// locked, staged, swapped in at once, never a folder ReportGen did not write, never inside a shard).
/// </summary>
public static class ShardMerge
{
    /// <summary>Where problems of the shards as a whole (one missing) are reported.</summary>
    private static readonly SourceLocation Merge = new("merge");

    /// <summary>The most bytes of a shard's manifest, and of one file of a shard.</summary>
    private static InputLimit ManifestLimit => new(64L << 20, DiagnosticCodes.NotAShard, ShardMessages.ShardFilesKind, ShardMessages.ShardFilesHint);

    private static InputLimit FileLimit => new(1L << 30, DiagnosticCodes.ShardFileChanged, ShardMessages.ShardFilesKind, ShardMessages.ShardFilesHint);

    private sealed record Shard(string Path, string Display, ShardManifest Manifest);

    public static MergeResult Run(IReadOnlyList<string> shardDirectories, string outputDirectory, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(shardDirectories);
        var bag = new DiagnosticBag();
        var read = shardDirectories.Select(d => Read(d, bag)).OfType<Shard>().ToList();
        bag.ThrowIfErrors();

        // In the shards' order, whatever the order of the command line, so that the messages are the same too.
        var shards = read.OrderBy(s => s.Manifest.Shard.Index).ThenBy(s => s.Display, StringComparer.Ordinal).ToList();
        foreach (var shard in shards.Skip(1))
        {
            Compare(shards[0], shard, bag);
        }

        bag.ThrowIfErrors();
        CheckShards(shards, bag);
        bag.ThrowIfErrors();
        CheckSets(shards, bag);
        bag.ThrowIfErrors();
        foreach (var shard in shards)
        {
            CheckTree(shard, bag);
        }

        bag.ThrowIfErrors();

        using var transaction = OutputTransaction.Begin(outputDirectory, new OutputInputs([], [.. shards.Select(s => s.Path)]), cancellation);
        var files = 0;
        foreach (var shard in shards)
        {
            foreach (var set in Held(shard.Manifest))
            {
                foreach (var file in set.Files)
                {
                    var relative = Relative(set, file);
                    var content = InputFile.ReadAllBytes(System.IO.Path.Combine(shard.Path, relative), $"{shard.Display}/{relative}", FileLimit, ShardMessages.ShardFileWhat);
                    var sha256 = Manifest.Sha256(content);
                    if (content.LongLength != file.Bytes || sha256 != file.Sha256)
                    {
                        bag.Add(new SourceLocation(shard.Display), DiagnosticCodes.ShardFileChanged,
                            Text.Format(ShardMessages.MergeFileChanged, relative, content.LongLength, sha256, file.Bytes, file.Sha256), ShardMessages.MergeFileChangedHint);
                        continue;
                    }

                    transaction.Write(relative, content);
                    files++;
                }
            }
        }

        bag.ThrowIfErrors();
        cancellation.ThrowIfCancellationRequested();
        transaction.Commit();
        return new MergeResult(Path.GetFullPath(outputDirectory), shards.Count, shards[0].Manifest.Plan.Count, files);
    }

    /// <summary>The shard in <paramref name="directory"/>, or null with the problem in <paramref name="bag"/>.</summary>
    private static Shard? Read(string directory, DiagnosticBag bag)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var display = ProjectPaths.Display(full);
        var location = new SourceLocation(display);
        var manifest = Path.Combine(full, ShardManifest.FileName);
        if (!Directory.Exists(full))
        {
            bag.Add(location, DiagnosticCodes.NotAShard, File.Exists(full) ? ShardMessages.MergeNotAFolder : ShardMessages.MergeNoFolder, ShardMessages.MergeNotAShardHint);
            return null;
        }

        if (!File.Exists(manifest))
        {
            bag.Add(location, DiagnosticCodes.NotAShard, File.Exists(Path.Combine(full, Manifest.FileName)) ? ShardMessages.MergeWholeBuild : ShardMessages.MergeNoShardManifest,
                ShardMessages.MergeNotAShardHint);
            return null;
        }

        try
        {
            var read = ShardManifest.Read(InputFile.ReadAllBytes(manifest, $"{display}/{ShardManifest.FileName}", ManifestLimit, ShardMessages.ShardFileWhat));
            var badFolder = read.Sets.Select(s => s.Folder).Concat(read.Plan).FirstOrDefault(f => !IsPlainName(f));
            if (read.Shard.Count < 1 || read.Shard.Index < 1 || read.Shard.Index > read.Shard.Count || badFolder is not null)
            {
                throw new FormatException(badFolder is null ? $"shard {read.Shard}" : $"set folder '{badFolder}'");
            }

            return new Shard(full, display, read);
        }
        catch (FormatException ex)
        {
            bag.Add(location, DiagnosticCodes.NotAShard, Text.Format(ShardMessages.MergeUnreadableManifest, ex.Message), ShardMessages.MergeUnreadableManifestHint);
            return null;
        }
    }

    /// <summary>Whether <paramref name="shard"/> comes from the same build as <paramref name="first"/>; the first difference found is reported.</summary>
    private static void Compare(Shard first, Shard shard, DiagnosticBag bag)
    {
        var (a, b) = (first.Manifest, shard.Manifest);
        var location = new SourceLocation(shard.Display);
        if (a.GeneratorVersion != b.GeneratorVersion)
        {
            bag.Add(location, DiagnosticCodes.ShardMismatch, Text.Format(ShardMessages.MergeGeneratorDiffers, b.GeneratorVersion, a.Shard.Index, first.Display, a.GeneratorVersion), ShardMessages.MergeGeneratorDiffersHint);
        }
        else if (a.Shard.Count != b.Shard.Count)
        {
            bag.Add(location, DiagnosticCodes.ShardMismatch, Text.Format(ShardMessages.MergeCountDiffers, b.Shard, a.Shard, first.Display), ShardMessages.MergeCountDiffersHint);
        }
        else if (a.Options != b.Options)
        {
            bag.Add(location, DiagnosticCodes.ShardMismatch, Text.Format(ShardMessages.MergeOptionsDiffer, b.Options, a.Shard.Index, first.Display, a.Options), ShardMessages.MergeOptionsDifferHint);
        }
        else if (FirstDifference(a.Inputs, b.Inputs) is { } input)
        {
            bag.Add(location, DiagnosticCodes.ShardMismatch, Text.Format(ShardMessages.MergeInputDiffers, a.Shard.Index, first.Display, input), ShardMessages.MergeInputDiffersHint);
        }
        else if (!a.Plan.SequenceEqual(b.Plan, StringComparer.Ordinal))
        {
            var set = a.Plan.Except(b.Plan, StringComparer.Ordinal).Concat(b.Plan.Except(a.Plan, StringComparer.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
            bag.Add(location, DiagnosticCodes.ShardMismatch, Text.Format(ShardMessages.MergePlanDiffers, a.Shard.Index, first.Display, a.Plan.Count, b.Plan.Count, set), ShardMessages.MergePlanDiffersHint);
        }
    }

    /// <summary>The path of the first input (in ordinal order) that one list has and the other has not, or has with other bytes.</summary>
    private static string? FirstDifference(IReadOnlyList<Manifest.Hashed> a, IReadOnlyList<Manifest.Hashed> b) =>
        a.Except(b).Concat(b.Except(a)).Select(f => f.Path).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Every shard of the build given once.</summary>
    private static void CheckShards(List<Shard> shards, DiagnosticBag bag)
    {
        foreach (var group in shards.GroupBy(s => s.Manifest.Shard.Index).Where(g => g.Count() > 1))
        {
            foreach (var again in group.Skip(1))
            {
                bag.Add(new SourceLocation(again.Display), DiagnosticCodes.ShardMissingOrRepeated,
                    Text.Format(ShardMessages.MergeRepeatedShard, again.Manifest.Shard, group.First().Display), ShardMessages.MergeRepeatedShardHint);
            }
        }

        var count = shards[0].Manifest.Shard.Count;
        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Manifest.Shard.Index)).ToList();
        if (missing.Count > 0)
        {
            bag.Add(Merge, DiagnosticCodes.ShardMissingOrRepeated,
                Text.Format(ShardMessages.MergeMissingShards, count, Listed([.. missing.Select(k => $"{k}/{count}")]), string.Join(", ", shards.Select(s => $"{s.Display} ({s.Manifest.Shard})"))),
                ShardMessages.MergeMissingShardsHint);
        }
    }

    /// <summary>Every set of the build, and the whole survey's, in exactly one shard.</summary>
    private static void CheckSets(List<Shard> shards, DiagnosticBag bag)
    {
        var plan = shards[0].Manifest.Plan.ToHashSet(StringComparer.Ordinal);
        var holders = new Dictionary<string, Shard>(StringComparer.Ordinal);
        Shard? surveyHolder = null;
        foreach (var shard in shards)
        {
            var location = new SourceLocation(shard.Display);
            if (shard.Manifest.Survey is not null)
            {
                if (surveyHolder is not null)
                {
                    bag.Add(location, DiagnosticCodes.ShardSetOverlap, Text.Format(ShardMessages.MergeSurveyTwice, surveyHolder.Display), ShardMessages.MergeSetTwiceHint);
                }

                surveyHolder ??= shard;
            }

            foreach (var set in shard.Manifest.Sets)
            {
                if (!plan.Contains(set.Folder))
                {
                    bag.Add(location, DiagnosticCodes.ShardSetOverlap, Text.Format(ShardMessages.MergeSetUnplanned, set.Folder), ShardMessages.MergeUnreadableManifestHint);
                }
                else if (holders.TryGetValue(set.Folder, out var other))
                {
                    bag.Add(location, DiagnosticCodes.ShardSetOverlap, Text.Format(ShardMessages.MergeSetTwice, set.Folder, other.Display), ShardMessages.MergeSetTwiceHint);
                }
                else
                {
                    holders[set.Folder] = shard;
                }
            }
        }

        if (surveyHolder is null)
        {
            bag.Add(Merge, DiagnosticCodes.ShardSetOverlap, ShardMessages.MergeSurveyMissing, ShardMessages.MergeSetMissingHint);
        }

        var missing = shards[0].Manifest.Plan.Where(f => !holders.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            bag.Add(Merge, DiagnosticCodes.ShardSetOverlap, Text.Format(ShardMessages.MergeSetsMissing, missing.Count, Listed(missing)), ShardMessages.MergeSetMissingHint);
        }
    }

    /// <summary>The shard's folder holds exactly the files its manifest lists, none a link; their bytes are checked as they are copied.</summary>
    private static void CheckTree(Shard shard, DiagnosticBag bag)
    {
        var location = new SourceLocation(shard.Display);
        var listed = Held(shard.Manifest).SelectMany(set => set.Files.Select(f => Relative(set, f))).ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in Directory.EnumerateFileSystemEntries(shard.Path, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(shard.Path, entry).Replace('\\', '/');
            if (new FileInfo(entry).LinkTarget is not null)
            {
                bag.Add(location, DiagnosticCodes.ShardFileChanged, Text.Format(ShardMessages.MergeFileLink, relative), ShardMessages.MergeFileChangedHint);
            }
            else if (Directory.Exists(entry) || relative == ShardManifest.FileName)
            {
                continue;
            }
            else if (listed.Contains(relative))
            {
                found.Add(relative);
            }
            else
            {
                bag.Add(location, DiagnosticCodes.ShardFileChanged, Text.Format(ShardMessages.MergeFileUnlisted, relative), ShardMessages.MergeFileUnlistedHint);
            }
        }

        foreach (var relative in listed.Where(f => !found.Contains(f)).Order(StringComparer.Ordinal))
        {
            bag.Add(location, DiagnosticCodes.ShardFileChanged, Text.Format(ShardMessages.MergeFileMissing, relative), ShardMessages.MergeFileChangedHint);
        }
    }

    /// <summary>The sets a shard holds: the whole survey's first, when it has it.</summary>
    private static IEnumerable<ShardSet> Held(ShardManifest manifest) => manifest.Survey is { } survey ? manifest.Sets.Prepend(survey) : manifest.Sets;

    private static string Relative(ShardSet set, Manifest.Hashed file) => set.Folder.Length == 0 ? file.Path : $"{set.Folder}/{file.Path}";

    /// <summary>A set folder's name: one plain name, as <see cref="SetFolders"/> makes them.</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name.IndexOfAny(['/', '\\', ':', '\0']) < 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    /// <summary>At most ten names, then how many more.</summary>
    private static string Listed(List<string> names) =>
        names.Count <= 10 ? string.Join(", ", names) : Text.Format(ShardMessages.ListedMore, string.Join(", ", names.Take(10)), names.Count - 10);
}
