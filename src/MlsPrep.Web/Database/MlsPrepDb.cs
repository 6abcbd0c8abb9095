using MlsPrep.Web.Catalog;
using MlsPrep.Web.Exams;
using MlsPrep.Web.Content;
using MlsPrep.Web.MockExams;
using MlsPrep.Web.Progress;
using MlsPrep.Web.Questions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.Database;

/// <summary>The one database: the imported catalog, import bookkeeping, accounts, progress and the keys that protect cookies.</summary>
public class MlsPrepDb(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Exam> Exams => Set<Exam>();
    public DbSet<Domain> Domains => Set<Domain>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<ItemTick> ItemTicks => Set<ItemTick>();
    public DbSet<ResourceRead> ResourceReads => Set<ResourceRead>();
    public DbSet<ExamChoice> ExamChoices => Set<ExamChoice>();
    public DbSet<Review.ExamDate> ExamDates => Set<Review.ExamDate>();
    public DbSet<Review.ReviewLogEntry> ReviewLog => Set<Review.ReviewLogEntry>();
    public DbSet<PersonalNotes.PersonalNote> PersonalNotes => Set<PersonalNotes.PersonalNote>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuestionAnswer> QuestionAnswers => Set<QuestionAnswer>();
    public DbSet<MockExam> MockExams => Set<MockExam>();
    public DbSet<MockResponse> MockResponses => Set<MockResponse>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Held, prepared connections for the pages' state reads on SQLite (see <see cref="RawCommands.ReadAsync"/>): set
    /// on the contexts requests get. A pooled context keeps it when the factory hands it out again, which changes
    /// nothing a caller can see: a held read sees what the context's own connection would, and inside a transaction
    /// the read stays on the transaction.
    /// </summary>
    public PreparedReads? Reads { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Exam>(exam =>
        {
            exam.HasIndex(e => e.Code).IsUnique();
            exam.OwnsMany(e => e.Successors, s => s.ToJson());
            exam.OwnsOne(e => e.Facts, f => f.ToJson());
            exam.HasMany(e => e.Domains).WithOne().HasForeignKey(d => d.ExamId);
        });
        builder.Entity<Domain>(domain =>
        {
            domain.HasIndex(d => new { d.ExamId, d.Key }).IsUnique();
            domain.OwnsMany(d => d.Tasks, t => t.ToJson());
        });

        builder.Entity<Topic>(topic =>
        {
            // One row per note, whichever exams it serves: its key is unique across the whole catalog.
            topic.HasIndex(t => t.Key).IsUnique();
            topic.HasMany(t => t.Placements).WithOne().HasForeignKey(p => p.TopicId);
            topic.OwnsMany(t => t.Services, s => s.ToJson());
            topic.HasMany(t => t.Sections).WithOne().HasForeignKey(s => s.TopicId);
            topic.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TopicId);
            topic.HasMany(t => t.Resources).WithOne().HasForeignKey(r => r.TopicId);
        });
        builder.Entity<Placement>(placement =>
        {
            placement.HasIndex(p => new { p.ExamId, p.TopicId }).IsUnique();
            placement.HasOne<Exam>().WithMany().HasForeignKey(p => p.ExamId);
            placement.HasOne<Domain>().WithMany().HasForeignKey(p => p.DomainId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<Question>(question =>
        {
            question.HasIndex(q => q.Key).IsUnique();
            question.OwnsMany(q => q.Options, o => o.ToJson());
            question.OwnsMany(q => q.Docs, d => d.ToJson());
            question.OwnsMany(q => q.Exams, e => e.ToJson());
        });
        builder.Entity<ChecklistItem>().HasIndex(i => new { i.TopicId, i.Key }).IsUnique();
        builder.Entity<SourceFile>().HasKey(f => f.Path);

        // Progress belongs to the user (deleted with the account) but not to catalog rows (kept across re-imports).
        builder.Entity<ItemTick>(tick =>
        {
            tick.HasKey(t => new { t.UserId, t.TopicKey, t.ItemKey });
            tick.HasOne<IdentityUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ResourceRead>(read =>
        {
            read.HasKey(r => new { r.UserId, r.TopicKey, r.Url });
            read.HasOne<IdentityUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        // Answers and mock exams are kept by question key, never by catalog row, like ticks.
        builder.Entity<QuestionAnswer>(answer =>
        {
            answer.HasIndex(a => new { a.UserId, a.QuestionKey });
            answer.HasOne<IdentityUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MockExam>(mock =>
        {
            mock.HasIndex(m => new { m.UserId, m.StartedAt });
            mock.OwnsMany(m => m.Domains, d => d.ToJson());
            mock.HasMany(m => m.Responses).WithOne().HasForeignKey(r => r.MockExamId).OnDelete(DeleteBehavior.Cascade);
            mock.HasOne<IdentityUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Review.ExamDate>(date =>
        {
            date.HasKey(d => new { d.UserId, d.ExamCode });
            date.HasOne<IdentityUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Review.ReviewLogEntry>(entry =>
        {
            entry.HasIndex(e => new { e.UserId, e.TopicKey, e.ItemKey });
            entry.HasOne<IdentityUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PersonalNotes.PersonalNote>(note =>
        {
            note.HasKey(n => new { n.UserId, n.TopicKey });
            note.HasOne<IdentityUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MockResponse>().HasKey(r => new { r.MockExamId, r.Position });
        builder.Entity<ExamChoice>(choice =>
        {
            choice.HasKey(c => c.UserId);
            choice.HasOne<IdentityUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
