package vn.cchc.read.pdf;

import java.util.List;

/**
 * What one page holds for layout analysis.
 *
 * @param number  1-based page number
 * @param width   crop box width in points
 * @param height  crop box height in points
 * @param glyphs  glyphs in content-stream order
 * @param rulings horizontal and vertical line segments
 * @param images  how many image XObjects the page draws (a page with images but no glyphs is a scan)
 */
record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, int images) {
}
