using System.Text.Json;

namespace KadSim.IO.Experiments;

/// <summary>
/// Reads explicit design points: CSV with a header naming the parameters (by result column name or key),
/// or JSONL with one object per line whose keys name the parameters. Every parameter must be given.
/// </summary>
internal static class DesignFile
{
    public static List<string[]> Read(string path, string[] columns, string[] keys, out List<string> problems)
    {
        problems = [];
        var rows = new List<string[]>();
        var bytes = InputFile.TryRead(path, out var error);
        if (bytes is null) { problems.Add(error == "file not found" ? $"design file not found: {path}" : $"design file {path}: {error}"); return rows; }
        var lines = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd()
            .Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > SweepPlan.MaxPoints + 1)
        {
            problems.Add($"{lines.Count:N0} lines, over the limit of {SweepPlan.MaxPoints:N0} design points (SweepPlan.MaxPoints)");
            return rows;
        }
        if ((long)lines.Count * Math.Max(1, columns.Length) > SweepPlan.MaxDesignValues)
        {
            problems.Add($"{lines.Count:N0} lines × {columns.Length} parameters, over the limit of {SweepPlan.MaxDesignValues:N0} design values (SweepPlan.MaxDesignValues)");
            return rows;
        }
        bool jsonl = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
        int Index(string name)
        {
            for (int k = 0; k < columns.Length; k++)
                if (string.Equals(columns[k], name, StringComparison.OrdinalIgnoreCase) || string.Equals(keys[k], name, StringComparison.OrdinalIgnoreCase)) return k;
            return -1;
        }
        if (jsonl)
        {
            for (int n = 0; n < lines.Count; n++)
            {
                var row = new string?[columns.Length];
                try
                {
                    using var doc = JsonDocument.Parse(lines[n], new JsonDocumentOptions { MaxDepth = InputLimits.MaxJsonDepth });
                    if (doc.RootElement.ValueKind != JsonValueKind.Object) { problems.Add($"line {n + 1}: expected a JSON object"); continue; }
                    foreach (var prop in doc.RootElement.EnumerateObject())
                    {
                        int k = Index(prop.Name);
                        if (k < 0) { problems.Add($"line {n + 1}: '{prop.Name}' is not a parameter of the plan (have: {string.Join(", ", columns)})"); continue; }
                        row[k] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() : prop.Value.GetRawText();
                    }
                }
                catch (JsonException e) { problems.Add($"line {n + 1}: broken JSON: {e.Message}"); continue; }
                var missing = columns.Where((_, k) => row[k] is null).ToList();
                if (missing.Count > 0) { problems.Add($"line {n + 1}: missing {string.Join(", ", missing)}"); continue; }
                rows.Add(row!);
                if (problems.Count > 20) break;
            }
            return rows;
        }
        if (lines.Count == 0) return rows;
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        var map = header.Select(Index).ToArray();
        for (int h = 0; h < header.Length; h++)
            if (map[h] < 0) problems.Add($"header: '{header[h]}' is not a parameter of the plan (have: {string.Join(", ", columns)})");
        var given = new HashSet<int>(map.Where(k => k >= 0));
        for (int k = 0; k < columns.Length; k++)
            if (!given.Contains(k)) problems.Add($"header: parameter '{columns[k]}' has no column");
        if (problems.Count > 0) return rows;
        for (int n = 1; n < lines.Count; n++)
        {
            var cells = lines[n].Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != header.Length) { problems.Add($"line {n + 1}: {cells.Length} values for {header.Length} columns"); continue; }
            var row = new string[columns.Length];
            for (int h = 0; h < header.Length; h++) row[map[h]] = cells[h];
            rows.Add(row);
            if (problems.Count > 20) break;
        }
        return rows;
    }
}
