using Microsoft.AspNetCore.OutputCaching;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Questions;

namespace MlsPrep.Web.Catalog;

/// <summary>Everything an instance keeps of the catalog in memory, forgotten at once after an import (here or in another instance).</summary>
public sealed class CatalogMemory(ExamCatalog exams, TopicDirectory directory, TopicPages topicPages, ProgressCatalog progressCatalog, QuestionBank questionBank, IOutputCacheStore pageCache)
{
    public async Task ForgetAsync(CancellationToken cancellation = default)
    {
        exams.Invalidate();
        directory.Invalidate();
        topicPages.Invalidate();
        progressCatalog.Invalidate();
        questionBank.Invalidate();
        await pageCache.EvictByTagAsync(CatalogCaching.Tag, cancellation);
    }
}
