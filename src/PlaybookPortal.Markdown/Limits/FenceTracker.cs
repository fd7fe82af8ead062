namespace PlaybookPortal.Markdown.Limits;

/// <summary>Follows fenced code blocks (``` or ~~~) line by line for the estimators.</summary>
internal sealed class FenceTracker
{
    private char _fenceChar;
    private int _fenceLength;

    public bool IsOpen => _fenceChar != '\0';

    /// <summary>Opens a fence when <paramref name="content"/> (indentation removed) starts one.</summary>
    public void TryOpen(ReadOnlySpan<char> content)
    {
        var length = RunLength(content);
        if (length < 3)
        {
            return;
        }

        // A backtick fence's info string may not contain backticks (CommonMark 4.5).
        if (content[0] == '`' && content[length..].Contains('`'))
        {
            return;
        }

        _fenceChar = content[0];
        _fenceLength = length;
    }

    /// <summary>Closes the open fence when <paramref name="line"/> is its closing fence.</summary>
    public void TryClose(ReadOnlySpan<char> line)
    {
        var content = line.TrimStart(' ');
        if (line.Length - content.Length > 3 || content.IsEmpty || content[0] != _fenceChar)
        {
            return;
        }

        var length = RunLength(content);
        if (length >= _fenceLength && content[length..].IsWhiteSpace())
        {
            _fenceChar = '\0';
        }
    }

    private static int RunLength(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || content[0] is not ('`' or '~'))
        {
            return 0;
        }

        var length = 1;
        while (length < content.Length && content[length] == content[0])
        {
            length++;
        }

        return length;
    }
}
