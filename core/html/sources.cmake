# Sources of core/html beyond PlainText: the canonical-HTML sanitizer and the Markdown reader.
target_sources(newsdesk_core PRIVATE
  html/HtmlSanitizer.h html/HtmlSanitizer.cpp
  html/Markdown.h html/Markdown.cpp
  html/RichTextDocument.h html/RichTextDocument.cpp
  html/MediaUrl.h
  html/CanonicalSlices.h html/CanonicalSlices.cpp
)
