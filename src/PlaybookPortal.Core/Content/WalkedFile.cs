namespace PlaybookPortal.Core.Content;

/// <summary>A file, or a link to one inside the root, met by <see cref="ContentWalker"/>.</summary>
/// <param name="RelativePath">'/'-separated, relative to the walked root.</param>
/// <param name="FullPath">The path to read it from.</param>
internal sealed record WalkedFile(string RelativePath, string FullPath);
