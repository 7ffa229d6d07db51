using Parquet;
using Parquet.Schema;

namespace KadSim.IO.Output;

/// <summary>One Parquet file being written: its stream, writer and row count. Callers hold a <see cref="NoSynchronizationContext"/>.</summary>
internal sealed class ParquetTable : IDisposable
{
    private readonly FileStream _stream;
    private ParquetWriter? _writer;
    private readonly CancellationToken _ct;

    public ParquetTable(string name, string path, ParquetSchema schema, CancellationToken ct)
    {
        Name = name;
        _ct = ct;
        _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16);
        try
        {
            _writer = ParquetWriter.CreateAsync(schema, _stream, null, false, ct).GetAwaiter().GetResult();
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    /// <summary>File name (the final one, without the partial suffix).</summary>
    public string Name { get; }

    public long Rows { get; private set; }

    public bool Finished { get; private set; }

    public CancellationToken Token => _ct;

    /// <summary>Starts a row group of <paramref name="rows"/> rows; dispose it after writing every column.</summary>
    public ParquetRowGroupWriter RowGroup(int rows)
    {
        var writer = _writer ?? throw new InvalidOperationException($"{Name} is already finished");
        _ct.ThrowIfCancellationRequested();
        Rows += rows;
        return writer.CreateRowGroup();
    }

    /// <summary>Writes the footer and closes the file, flushed to disk.</summary>
    public void Finish()
    {
        if (Finished) return;
        var writer = _writer ?? throw new InvalidOperationException($"{Name} was abandoned");
        _writer = null;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        Finished = true;
    }

    /// <summary>Closes the file; unless finished, its content is incomplete and only fit for deletion.</summary>
    public void Dispose()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            try
            {
                writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                // The file is being abandoned: a footer that cannot be written does not matter.
            }
        }
        _stream.Dispose();
    }
}
