using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MlsPrep.Web.Database;

/// <summary>
/// Inserts many new rows of one entity type with multi-row statements on the context's connection and transaction,
/// untracked. EF Core's SaveChanges spent most of a first import tracking, ordering and preparing 75,000 single-row
/// inserts. Table, columns and value conversions come from the model, so the same code writes both engines' forms
/// (JSON text or jsonb, JSON arrays or text[]). Generated keys are not read back: read them by an alternate key.
/// </summary>
public static class BulkInsert
{
    // PostgreSQL: fewer round trips, and 100 rows of the widest table stay far below its limit on parameters. SQLite
    // looks each parameter up by name in a linear scan, so a long statement costs the square of its length.
    private static int RowsPerStatement(MlsPrepDb db) => db.Database.IsSqlite() ? 8 : 100;
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    public static async Task RowsAsync<T>(MlsPrepDb db, IReadOnlyCollection<T> rows, CancellationToken cancellation) where T : class
    {
        if (rows.Count == 0) return;
        var table = Tables.GetOrAdd((db.Model, typeof(T)), _ => Table.Of(db, typeof(T)));
        var size = RowsPerStatement(db);
        await db.Database.OpenConnectionAsync(cancellation);
        // One command for every full statement: SQLite keeps it prepared, so each batch only binds and steps.
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(size))
            {
                var whole = chunk.Length == size;
                var command = whole ? full ??= db.Command(table.InsertSql(chunk.Length)) : db.Command(table.InsertSql(chunk.Length));
                try
                {
                    table.Bind(command, chunk);
                    await command.ExecuteNonQueryAsync(cancellation);
                }
                finally
                {
                    if (!whole) await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(string Name, Func<object, object?> Value, RelationalTypeMapping Mapping, bool Nullable)
    {
        /// <summary>What <see cref="RelationalTypeMapping.CreateParameter"/> would store: converted, enums as numbers, null as DBNull.</summary>
        public object ToProvider(object? value)
        {
            if (value is null) return DBNull.Value;
            if (Mapping.Converter is { } converter) return converter.ConvertToProvider(value) ?? DBNull.Value;
            return value is Enum number ? Convert.ChangeType(number, number.GetTypeCode(), System.Globalization.CultureInfo.InvariantCulture) : value;
        }
    }

    private sealed class Table(string name, IReadOnlyList<Column> columns)
    {
        public static Table Of(MlsPrepDb db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var table = db.Model.GetRelationalModel().FindTable(store.Name, store.Schema)!;
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = entity.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
                .Select(p => new Column(sql.DelimitIdentifier(p.GetColumnName(store)!), p.GetGetter().GetClrValueUsingContainingEntity, p.GetRelationalTypeMapping(), p.IsNullable))
                .Concat(entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).Select(n =>
                {
                    // Owned collections stored as one JSON document, written the way EF Core reads them: property names as in the class.
                    var getter = n.GetGetter();
                    Func<object, object?> json = row => getter.GetClrValueUsingContainingEntity(row) is { } value ? JsonSerializer.Serialize(value, value.GetType()) : null;
                    var column = table.FindColumn(n.TargetEntityType.GetContainerColumnName()!)!;
                    return new Column(sql.DelimitIdentifier(column.Name), json, column.StoreTypeMapping, true);
                }))
                .ToList();
            return new(sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()), columns);
        }

        public string InsertSql(int rows)
        {
            var text = new StringBuilder($"INSERT INTO {name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ");
            for (var row = 0; row < rows; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++) text.Append(column == 0 ? "" : ", ").Append("@p").Append(row * columns.Count + column);
                text.Append(')');
            }
            return text.ToString();
        }

        public void Bind<T>(DbCommand command, T[] rows) where T : class
        {
            // A reused command keeps its typed parameters; only the values change (building them was a quarter of the writer).
            var reused = command.Parameters.Count == rows.Length * columns.Count;
            for (var row = 0; row < rows.Length; row++)
            {
                for (var index = 0; index < columns.Count; index++)
                {
                    var column = columns[index];
                    var value = column.Value(rows[row]);
                    var position = row * columns.Count + index;
                    if (reused) command.Parameters[position].Value = column.ToProvider(value);
                    else command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{position}", value, column.Nullable));
                }
            }
        }
    }
}
