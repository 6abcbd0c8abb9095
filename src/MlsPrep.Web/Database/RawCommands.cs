using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MlsPrep.Web.Database;

/// <summary>
/// Hand-written SQL on the context's own connection and transaction, for the few statements EF cannot express
/// (full-text search, one-statement page state). Name parameters "@name": both engines read that form.
/// </summary>
public static class RawCommands
{
    public static DbCommand Command(this MlsPrepDb db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<T> ScalarAsync<T>(this MlsPrepDb db, string sql, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(cancellation);
        await using var command = db.Command(sql, parameters);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(cancellation))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// One read of a page's state: on a held, prepared connection where the app has them (SQLite, outside any
    /// transaction of this context), else on the context's own connection.
    /// </summary>
    public static async Task ReadAsync(this MlsPrepDb db, string sql, Func<DbDataReader, Task> read, params (string Name, object Value)[] parameters)
    {
        if (db.Reads is { } reads && db.Database.CurrentTransaction is null)
        {
            await reads.ReadAsync(sql, parameters, read);
            return;
        }
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Command(sql, parameters);
            await using var reader = await command.ExecuteReaderAsync();
            await read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
