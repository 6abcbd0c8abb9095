using System.Collections.Concurrent;
using MlsPrep.Web.Database;

namespace MlsPrep.Web.Catalog;

/// <summary>
/// One value per exam, built on first use and shared by every request until the importer clears it after a
/// commit. The load is shared by concurrent requests, so it is not tied to any one request's cancellation.
/// </summary>
public sealed class PerExamCache<T>(Func<MlsPrepDb, int, Task<T>> load)
{
    private readonly ConcurrentDictionary<int, Task<T>> values = new();

    public void Clear() => values.Clear();

    public Task<T> GetAsync(MlsPrepDb db, int examId) =>
        values.GetOrAdd(examId, id => load(db, id)) is { IsFaulted: false, IsCanceled: false } cached
            ? cached
            : values[examId] = load(db, examId);
}
