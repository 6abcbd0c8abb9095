using Microsoft.Extensions.Caching.Memory;

namespace MlsPrep.Web.Exams;

/// <summary>
/// The exam each signed-in reader chose, as their account holds it, kept between requests: every page asks for
/// it and it changes only when the reader chooses again or imports a file. Whatever writes a choice forgets the
/// reader here (and, with several instances, announces it so every instance forgets). Bounded by entries.
/// </summary>
public sealed class AccountChoices : IDisposable
{
    private const int MaxReaders = 50_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(20);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxReaders });

    /// <summary>A reader without a choice is remembered too, as a null code.</summary>
    private sealed record Choice(string? ExamCode);

    public bool TryGet(string userId, out string? examCode)
    {
        var found = cache.TryGetValue(userId, out Choice? choice);
        examCode = choice?.ExamCode;
        return found;
    }

    public void Remember(string userId, string? examCode) =>
        cache.Set(userId, new Choice(examCode), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor });

    public void Forget(string userId) => cache.Remove(userId);

    /// <summary>After notices may have been missed (another instance's changes while not listening).</summary>
    public void Clear() => cache.Clear();

    public void Dispose() => cache.Dispose();
}
