using MlsPrep.Web.Catalog;
using MlsPrep.Web.Content;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Database;

/// <summary>The one database: the imported catalog, import bookkeeping and the Identity store.</summary>
public class MlsPrepDb(DbContextOptions<MlsPrepDb> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<Domain> Domains => Set<Domain>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Exam>(exam =>
        {
            exam.HasIndex(e => e.Code).IsUnique();
            exam.OwnsMany(e => e.Successors, s => s.ToJson());
            exam.HasMany(e => e.Domains).WithOne().HasForeignKey(d => d.ExamId);
        });
        builder.Entity<Domain>().HasIndex(d => new { d.ExamId, d.Key }).IsUnique();

        builder.Entity<Topic>(topic =>
        {
            topic.HasIndex(t => new { t.ExamId, t.Key }).IsUnique();
            topic.HasOne<Exam>().WithMany().HasForeignKey(t => t.ExamId);
            topic.HasOne(t => t.Domain).WithMany().HasForeignKey(t => t.DomainId).OnDelete(DeleteBehavior.SetNull);
            topic.OwnsMany(t => t.Services, s => s.ToJson());
            topic.HasMany(t => t.Sections).WithOne().HasForeignKey(s => s.TopicId);
            topic.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TopicId);
            topic.HasMany(t => t.Resources).WithOne().HasForeignKey(r => r.TopicId);
        });
        builder.Entity<ChecklistItem>().HasIndex(i => new { i.TopicId, i.Key }).IsUnique();
        builder.Entity<SourceFile>().HasKey(f => f.Path);

        // SQLite cannot order by DateTimeOffset; store it as ticks-based text that sorts correctly.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTimeOffset)))
        {
            property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
        }
    }
}
