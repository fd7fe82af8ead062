using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlaybookPortal.Core.Yaml;

/// <summary>
/// Wraps YamlDotNet's parser to drop the second occurrence of a mapping key and to refuse
/// absurd nesting, so that the representation model neither throws on a duplicate (losing
/// every other key) nor recurses deep enough to overflow the stack.
/// </summary>
/// <remarks>
/// Keys are compared without regard to case because the portal matches front matter keys
/// that way: <c>title</c> and <c>Title</c> would otherwise silently shadow each other.
/// </remarks>
internal sealed class CheckedYamlParser : IParser
{
    private readonly IParser _inner;
    private readonly int _maxDepth;
    private readonly Stack<Frame> _frames = new();
    private readonly List<DuplicateKey> _duplicates = [];

    public CheckedYamlParser(IParser inner, int maxDepth)
    {
        _inner = inner;
        _maxDepth = maxDepth;
    }

    public ParsingEvent? Current => _inner.Current;

    public IReadOnlyList<DuplicateKey> Duplicates => _duplicates;

    /// <summary>Where the last event read began; a fallback location for parser failures.</summary>
    public Mark? LastMark { get; private set; }

    public bool MoveNext()
    {
        while (_inner.MoveNext())
        {
            // MoveNext returned true, so the inner parser has a current event.
            var current = _inner.Current!;
            LastMark = current.Start;

            if (current is Scalar key && IsDuplicateKey(key))
            {
                SkipNode();
                continue;
            }

            Track(current);
            return true;
        }

        return false;
    }

    private bool IsDuplicateKey(Scalar key)
    {
        if (_frames.Count == 0 || !_frames.Peek().IsMapping || !_frames.Peek().ExpectingKey)
        {
            return false;
        }

        var frame = _frames.Peek();
        var line = (int)key.Start.Line;
        if (frame.Keys.TryGetValue(key.Value, out var first))
        {
            _duplicates.Add(new DuplicateKey(key.Value, first.Spelling, line, first.Line));
            return true;
        }

        frame.Keys.Add(key.Value, (key.Value, line));
        return false;
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case DocumentStart:
                _frames.Clear();
                break;
            case MappingStart or SequenceStart:
                if (_frames.Count >= _maxDepth)
                {
                    throw new YamlException(
                        current.Start, current.End, $"nested deeper than {_maxDepth} levels");
                }

                _frames.Push(new Frame(current is MappingStart));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                NodeCompleted();
                break;
            case Scalar or AnchorAlias:
                NodeCompleted();
                break;
        }
    }

    // A mapping alternates key and value; the parent learns which comes next only when the
    // child node, however deep, has ended.
    private void NodeCompleted()
    {
        if (_frames.Count > 0 && _frames.Peek().IsMapping)
        {
            _frames.Peek().ExpectingKey = !_frames.Peek().ExpectingKey;
        }
    }

    // Consumes the value that belongs to a dropped key, however deeply it is nested.
    private void SkipNode()
    {
        var depth = 0;
        while (_inner.MoveNext())
        {
            depth += _inner.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };

            if (depth == 0)
            {
                return;
            }
        }
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = true;

        public Dictionary<string, (string Spelling, int Line)> Keys { get; } =
            new(StringComparer.OrdinalIgnoreCase);
    }
}
