using Markdig;
using MlsPrep.Web.Content;
using MlsPrep.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace MlsPrep.Web.PersonalNotes;

/// <summary>A reader's own notes: saved, rendered inert like content, and found only by their owner. Every query carries the owner's id.</summary>
public static class PersonalNoteStore
{
    /// <summary>Saves the note; an empty one is deleted.</summary>
    public static async Task SaveNoteAsync(this MlsPrepDb db, string userId, string topicKey, string markdown, DateTimeOffset now)
    {
        var text = markdown.Replace("\r\n", "\n").Trim();
        if (text.Length > PersonalNote.MaxLength) text = text[..PersonalNote.MaxLength];
        var note = await db.PersonalNotes.FindAsync(userId, topicKey);
        if (text.Length == 0)
        {
            if (note is not null) db.PersonalNotes.Remove(note);
        }
        else if (note is null) db.PersonalNotes.Add(new PersonalNote { UserId = userId, TopicKey = topicKey, Markdown = text, UpdatedAt = now });
        else (note.Markdown, note.UpdatedAt) = (text, now);
        await db.SaveChangesAsync();
    }

    /// <summary>The same pipeline and link rules as the notes: raw HTML shows as text, unsafe links are neutralised.</summary>
    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, NoteMarkdown.Pipeline);
        NoteMarkdown.SecureLinks(document);
        return NoteMarkdown.Render(document);
    }

    /// <summary>The owner's notes that contain every word searched for (a reader has a few dozen notes at most).</summary>
    public static async Task<IReadOnlyList<PersonalNote>> SearchAsync(this MlsPrepDb db, string userId, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0) return [];
        var notes = await db.PersonalNotes.AsNoTracking().Where(n => n.UserId == userId).ToListAsync();
        return notes.Where(n => terms.All(t => n.Markdown.Contains(t, StringComparison.OrdinalIgnoreCase))).OrderByDescending(n => n.UpdatedAt).Take(10).ToList();
    }
}
