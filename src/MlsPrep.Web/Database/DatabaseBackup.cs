using Microsoft.Data.Sqlite;

namespace MlsPrep.Web.Database;

/// <summary>`backup FILE` and `restore FILE`: a consistent copy of the live database, and putting one back.</summary>
public static class DatabaseBackup
{
    /// <summary>
    /// Safe while the app runs: VACUUM INTO writes a consistent snapshot (SQLite holds a read transaction for it)
    /// under a temporary name, which is checked and only then renamed, so a backup file is never half-written.
    /// </summary>
    public static int Backup(string connectionString, string target, TextWriter output)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(source))
        {
            output.WriteLine($"There is no database at {Path.GetFullPath(source)} to back up.");
            return 1;
        }
        var destination = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial";
        File.Delete(partial);
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", partial);
            vacuum.ExecuteNonQuery();
        }
        if (IntegrityOf(partial) is not "ok" and var problem)
        {
            File.Delete(partial);
            output.WriteLine($"The copy failed its integrity check ({problem}); no backup was written.");
            return 1;
        }
        File.Move(partial, destination, overwrite: true);
        output.WriteLine($"Backed up {Path.GetFullPath(source)} to {destination} ({new FileInfo(destination).Length / 1024} KiB, integrity ok).");
        return 0;
    }

    /// <summary>Run while the app is stopped. The backup is checked first; the database it replaces is kept beside it.</summary>
    public static int Restore(string connectionString, string backup, TextWriter output)
    {
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source))
        {
            output.WriteLine($"There is no backup at {source}.");
            return 1;
        }
        if (IntegrityOf(source) is not "ok" and var problem)
        {
            output.WriteLine($"{source} is not a sound database ({problem}); nothing was restored.");
            return 1;
        }
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        if (File.Exists(database))
        {
            var kept = $"{database}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            File.Move(database, kept);
            output.WriteLine($"The current database was kept as {kept}.");
        }
        foreach (var journal in new[] { "-wal", "-shm" }) File.Delete(database + journal);
        File.Copy(source, database);
        output.WriteLine($"Restored {source} to {database}. Start the app as usual.");
        return 0;
    }

    private static string IntegrityOf(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            return check.ExecuteScalar() as string ?? "no answer";
        }
        catch (SqliteException error)
        {
            return error.Message;
        }
    }
}
