using System.Text.Json;
using System.Text.Json.Serialization;
using KadSim.Time;

namespace KadSim.IO.Scenarios;

/// <summary>Writes and reads <see cref="YearMonth"/> as "YYYY-MM", the form scenario files use.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"expected a month as \"YYYY-MM\", got {reader.TokenType}");
        var text = reader.GetString();
        return YearMonth.TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not a month of the form YYYY-MM");
    }

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
