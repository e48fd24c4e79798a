using System.Globalization;
using System.Text;

namespace Distro.Debugger.Export.Text;

/// <summary>
/// Makes captured text safe for a terminal: control characters (including the escape that starts a terminal command)
/// are written as escapes, so a value can neither break the layout nor drive the terminal.
/// </summary>
internal static class DisplayText
{
    public static void AppendPlain(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            AppendCharacter(text, c, quote: '\0');
        }
    }

    public static void AppendQuoted(StringBuilder text, string value, char quote)
    {
        text.Append(quote);
        foreach (var c in value)
        {
            AppendCharacter(text, c, quote);
        }

        text.Append(quote);
    }

    private static void AppendCharacter(StringBuilder text, char c, char quote)
    {
        switch (c)
        {
            case '\n':
                text.Append("\\n");
                break;
            case '\r':
                text.Append("\\r");
                break;
            case '\t':
                text.Append("\\t");
                break;
            case '\\' when quote != '\0':
                text.Append("\\\\");
                break;
            default:
                if (c == quote && quote != '\0')
                {
                    text.Append('\\').Append(c);
                }
                else if (char.IsControl(c) || c is '\u2028' or '\u2029')
                {
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }

                break;
        }
    }
}
