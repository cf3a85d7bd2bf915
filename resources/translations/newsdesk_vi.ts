<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleJson</name>
    <message>
        <source>not a Newsdesk article file (no &quot;format&quot;: &quot;newsdesk-article&quot;).</source>
        <translation>không phải tệp bài viết của Newsdesk (thiếu &quot;format&quot;: &quot;newsdesk-article&quot;).</translation>
    </message>
    <message>
        <source>the article file was written by a newer Newsdesk.</source>
        <translation>tệp bài viết được tạo bởi phiên bản Newsdesk mới hơn.</translation>
    </message>
    <message>
        <source>the article file has no title or body text.</source>
        <translation>tệp bài viết không có tiêu đề hoặc nội dung.</translation>
    </message>
    <message>
        <source>the article file has an unknown status.</source>
        <translation>tệp bài viết có trạng thái không xác định.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Newsroom editor for portal articles.</source>
        <translation>Trình soạn thảo tin bài cho cổng thông tin điện tử.</translation>
    </message>
    <message>
        <source>Open the article store at &lt;path&gt;.</source>
        <translation>Mở kho bài viết tại &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to &lt;file&gt; and quit.</source>
        <translation>Lưu ảnh chụp cửa sổ chính vào &lt;file&gt; rồi thoát.</translation>
    </message>
    <message>
        <source>Newsdesk cannot open the article store</source>
        <translation>Newsdesk không mở được kho bài viết</translation>
    </message>
</context>
<context>
    <name>newsdesk-cli</name>
    <message>
        <source>Usage: newsdesk-cli [--db PATH] [--json] COMMAND [ARGS]

Commands:
  import FILE...                 add articles from .html, .md, .txt or .json files
  update ID FILE                 replace an article&apos;s content (keeps its id and history)
  list [--status S] [--limit N]  list articles, newest first
  search QUERY [--status S] [--limit N]
                                 search titles and text, with or without diacritics
  show ID                        print one article
  export (ID|--all) --format html|json --out DIR
                                 write articles to files
  stats                          counts of articles, words, revisions and photos
  history ID                     list an article&apos;s revisions
  diff ID REV_A REV_B            word differences between two revisions
  restore ID REV                 bring back a revision (as a new revision)

Options:
  --db PATH     use this store instead of the default one
  --json        machine-readable output (list, search, show, stats, history)
  --version     print the version
ID is an article&apos;s number or (the start of) its uuid.
Statuses: draft, in_review, changes_requested, approved, scheduled, published,
unpublished, archived.</source>
        <translation>Cách dùng: newsdesk-cli [--db ĐƯỜNG-DẪN] [--json] LỆNH [ĐỐI-SỐ]

Lệnh:
  import TỆP...                  thêm bài viết từ tệp .html, .md, .txt hoặc .json
  update MÃ TỆP                  thay nội dung một bài (giữ nguyên mã và lịch sử)
  list [--status S] [--limit N]  liệt kê bài viết, mới nhất trước
  search TỪ-KHÓA [--status S] [--limit N]
                                 tìm trong tiêu đề và nội dung, có dấu hay không dấu
  show MÃ                        in một bài viết
  export (MÃ|--all) --format html|json --out THƯ-MỤC
                                 xuất bài viết ra tệp
  stats                          thống kê bài viết, số chữ, phiên bản và ảnh
  history MÃ                     liệt kê các phiên bản của một bài
  diff MÃ PB_A PB_B              khác biệt từng chữ giữa hai phiên bản
  restore MÃ PB                  khôi phục một phiên bản (thành phiên bản mới)

Tùy chọn:
  --db ĐƯỜNG-DẪN  dùng kho này thay cho kho mặc định
  --json          xuất dạng máy đọc được (list, search, show, stats, history)
  --version       in phiên bản
MÃ là số thứ tự của bài hoặc (phần đầu của) uuid.
Trạng thái: draft, in_review, changes_requested, approved, scheduled, published,
unpublished, archived.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ArticleEditor</name>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Summary (sapo): one or two sentences shown under the title</source>
        <translation>Sapo: một hai câu hiện dưới tiêu đề</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>In đậm</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>In nghiêng</translation>
    </message>
    <message>
        <source>U</source>
        <comment>underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <source>S</source>
        <comment>strikethrough button</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Strikethrough</source>
        <translation>Gạch ngang</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>H%1</source>
        <translation>H%1</translation>
    </message>
    <message>
        <source>Heading level %1</source>
        <translation>Tiêu đề mục cấp %1</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Danh sách</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Danh sách dấu chấm</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Danh sách</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>Khối trích dẫn</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Liên kết…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Địa chỉ (https://…):</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Ảnh…</translation>
    </message>
    <message>
        <source>Insert a photo from a file (or paste or drop one)</source>
        <translation>Chèn ảnh từ tệp (hoặc dán, hoặc kéo thả ảnh vào)</translation>
    </message>
    <message>
        <source>Insert a photo</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Photo not inserted</source>
        <translation>Chưa chèn được ảnh</translation>
    </message>
</context>
<context>
    <name>newsdesk::ArticleExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ArticleImporter</name>
    <message>
        <source>%1: unknown file type; use .html, .md, .txt or .json.</source>
        <translation>%1: loại tệp không hỗ trợ; hãy dùng .html, .md, .txt hoặc .json.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: không có tệp này.</translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; the limit is %3 MB).</source>
        <translation>%1 quá lớn để là một bài viết (%2 MB; giới hạn là %3 MB).</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text. Save it as UTF-8 (Unicode) and try again.</source>
        <translation>tệp không phải văn bản UTF-8. Hãy lưu lại dưới dạng UTF-8 (Unicode) rồi thử lại.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>tệp trống.</translation>
    </message>
    <message>
        <source>unsupported format.</source>
        <translation>định dạng không được hỗ trợ.</translation>
    </message>
    <message>
        <source>no text found in the file.</source>
        <translation>không tìm thấy nội dung trong tệp.</translation>
    </message>
    <message>
        <source>not a Newsdesk article file (invalid JSON at byte %1).</source>
        <translation>không phải tệp bài viết của Newsdesk (JSON sai tại byte %1).</translation>
    </message>
</context>
<context>
    <name>newsdesk::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n word(s)</source>
        <translation><numerusform>%1
%n chữ</numerusform></translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Publish time</source>
        <translation>Thời gian đăng</translation>
    </message>
</context>
<context>
    <name>newsdesk::ArticleStore</name>
    <message>
        <source>No article %1 in this store.</source>
        <translation>Không có bài viết %1 trong kho này.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>An article with the id %1 is already in this store.</source>
        <translation>Kho đã có một bài viết với mã %1.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to name an article: give at least 4 characters of its id.</source>
        <translation>&quot;%1&quot; quá ngắn để chỉ một bài viết: hãy nhập ít nhất 4 ký tự của mã bài.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one article; give more of its id.</source>
        <translation>&quot;%1&quot; khớp với nhiều bài viết; hãy nhập thêm ký tự của mã bài.</translation>
    </message>
    <message>
        <source>The article has no revision %1.</source>
        <translation>Bài viết không có phiên bản %1.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Khôi phục phiên bản %1</translation>
    </message>
</context>
<context>
    <name>newsdesk::BodyEdit</name>
    <message>
        <source>Photos cannot be added here.</source>
        <translation>Không thể thêm ảnh ở đây.</translation>
    </message>
    <message>
        <source>pasted photo</source>
        <translation>ảnh dán vào</translation>
    </message>
</context>
<context>
    <name>newsdesk::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>The article store %1 was written by a newer version of Newsdesk (schema %2; this version knows up to %3). Update Newsdesk to open it; the file has not been changed.</source>
        <translation>Kho bài viết %1 được tạo bởi phiên bản Newsdesk mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cập nhật Newsdesk để mở; tệp chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>No article store file was given.</source>
        <translation>Chưa chỉ định tệp kho bài viết.</translation>
    </message>
    <message>
        <source>The article store %1 does not exist.</source>
        <translation>Kho bài viết %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the article store %1.</source>
        <translation>Không tạo được thư mục cho kho bài viết %1.</translation>
    </message>
    <message>
        <source>Newsdesk cannot write in the folder of the article store %1. Check the folder&apos;s permissions or choose another location.</source>
        <translation>Newsdesk không ghi được vào thư mục của kho bài viết %1. Hãy kiểm tra quyền của thư mục hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Thiếu trình điều khiển SQLite cho Qt (gói libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The search ranking could not be set up.</source>
        <translation>Không khởi tạo được chức năng xếp hạng tìm kiếm.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Newsdesk article store. Newsdesk has not changed the file.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của chương trình khác, không phải kho bài viết của Newsdesk. Newsdesk chưa thay đổi tệp.</translation>
    </message>
</context>
<context>
    <name>newsdesk::MainWindow</name>
    <message>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Kho: %1</translation>
    </message>
    <message>
        <source>Cannot read the articles</source>
        <translation>Không đọc được danh sách bài viết</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>About Newsdesk</source>
        <translation>Giới thiệu Newsdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newsdesk %1&lt;/b&gt;&lt;br&gt;Write, review and publish articles for your portal, online or offline.</source>
        <translation>&lt;b&gt;Newsdesk %1&lt;/b&gt;&lt;br&gt;Soạn thảo, duyệt và đăng bài cho cổng thông tin, có mạng hay không có mạng.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n bài viết</numerusform></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No articles yet&lt;/h3&gt;&lt;p&gt;Articles you write or import appear here.&lt;br&gt;To bring in existing texts: &lt;code&gt;newsdesk-cli import FILE…&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chưa có bài viết nào&lt;/h3&gt;&lt;p&gt;Bài bạn viết hoặc nhập vào sẽ hiện ở đây.&lt;br&gt;Để đưa các bài có sẵn vào: &lt;code&gt;newsdesk-cli import TỆP…&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not saved!</source>
        <translation>Chưa lưu!</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Bài &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save a revision</source>
        <translation>&amp;Lưu một phiên bản</translation>
    </message>
    <message>
        <source>Articles save themselves as you type; this also keeps a named revision in the history.</source>
        <translation>Bài viết tự lưu khi bạn gõ; lệnh này còn giữ một phiên bản trong lịch sử.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The article you are editing could not be saved, so it stays open.

%1</source>
        <translation>Không lưu được bài đang soạn nên bài vẫn được giữ mở.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation><numerusform>%n chữ</numerusform></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Cannot create an article</source>
        <translation>Không tạo được bài viết</translation>
    </message>
    <message>
        <source>Saved by hand</source>
        <translation>Lưu thủ công</translation>
    </message>
    <message>
        <source>Revision saved in the history.</source>
        <translation>Đã lưu phiên bản vào lịch sử.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang soạn…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>The article could not be saved:
%1

Quit anyway and lose the latest changes?</source>
        <translation>Không lưu được bài viết:
%1

Vẫn thoát và mất các thay đổi mới nhất?</translation>
    </message>
</context>
<context>
    <name>newsdesk::MediaStore</name>
    <message>
        <source>Cannot create the media folder %1.</source>
        <translation>Không tạo được thư mục ảnh %1.</translation>
    </message>
    <message>
        <source>Cannot save the photo to %1: %2</source>
        <translation>Không lưu được ảnh vào %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>No media item %1 in this store.</source>
        <translation>Không có tệp ảnh %1 trong kho này.</translation>
    </message>
    <message>
        <source>The photo file %1 is missing or unreadable.</source>
        <translation>Tệp ảnh %1 bị thiếu hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged.</source>
        <translation>Tệp ảnh %1 bị hỏng.</translation>
    </message>
</context>
<context>
    <name>newsdesk::PhotoLibrary</name>
    <message>
        <source>Not a stored photo: %1</source>
        <translation>Không phải ảnh trong kho: %1</translation>
    </message>
    <message>
        <source>The stored photo %1 cannot be read.</source>
        <translation>Không đọc được ảnh %1 trong kho.</translation>
    </message>
</context>
<context>
    <name>newsdesk::PhotoProcessor</name>
    <message>
        <source>The photo is too large to open: %1 × %2 pixels (at most %3 megapixels can be opened).</source>
        <translation>Ảnh quá lớn để mở: %1 × %2 điểm ảnh (chỉ mở được tối đa %3 megapixel).</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete and cannot be opened.</source>
        <translation>Ảnh bị hỏng hoặc không đầy đủ nên không mở được.</translation>
    </message>
    <message>
        <source>%1 images are not supported. Save the photo as JPEG or PNG and insert it again.</source>
        <translation>Không hỗ trợ ảnh %1. Hãy lưu ảnh dạng JPEG hoặc PNG rồi chèn lại.</translation>
    </message>
    <message>
        <source>This is not a photo. Use a JPEG, PNG, GIF, BMP or WebP image.</source>
        <translation>Đây không phải là ảnh. Hãy dùng ảnh JPEG, PNG, GIF, BMP hoặc WebP.</translation>
    </message>
    <message>
        <source>The photo is too large (%1 × %2 pixels) or damaged, and cannot be opened.</source>
        <translation>Ảnh quá lớn (%1 × %2 điểm ảnh) hoặc bị hỏng nên không mở được.</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>Ảnh trống.</translation>
    </message>
    <message>
        <source>The photo is too large: %1 MB (at most %2 MB).</source>
        <translation>Ảnh quá lớn: %1 MB (tối đa %2 MB).</translation>
    </message>
    <message>
        <source>Not enough memory to process the photo.</source>
        <translation>Không đủ bộ nhớ để xử lý ảnh.</translation>
    </message>
    <message>
        <source>The photo could not be encoded.</source>
        <translation>Không mã hóa được ảnh.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a photo.</source>
        <translation>%1 là thư mục, không phải ảnh.</translation>
    </message>
    <message>
        <source>The file %1 is too large: %2 MB (at most %3 MB).</source>
        <translation>Tệp %1 quá lớn: %2 MB (tối đa %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>newsdesk::StoreErrorText</name>
    <message>
        <source>The article store %1 is in use by another program (is Newsdesk already running?). Close it and try again.</source>
        <translation>Kho bài viết %1 đang được một chương trình khác sử dụng (Newsdesk đang mở ở nơi khác?). Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The article store %1 is read-only. Check the file&apos;s permissions or choose another location.</source>
        <translation>Kho bài viết %1 chỉ đọc (read-only). Hãy kiểm tra quyền của tệp hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <source>The article store %1 is damaged. Restore it from a backup; Newsdesk has not changed the file.</source>
        <translation>Kho bài viết %1 bị hỏng. Hãy khôi phục từ bản sao lưu; Newsdesk chưa thay đổi tệp.</translation>
    </message>
    <message>
        <source>%1 is not a Newsdesk article store (not an SQLite database). Newsdesk has not changed the file.</source>
        <translation>%1 không phải kho bài viết của Newsdesk (không phải cơ sở dữ liệu SQLite). Newsdesk chưa thay đổi tệp.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again — your previous version is intact.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Chưa lưu được gì; hãy giải phóng dung lượng rồi thử lại — bản trước đó vẫn còn nguyên.</translation>
    </message>
    <message>
        <source>Cannot open the article store %1. Check that the folder exists and that you may write to it.</source>
        <translation>Không mở được kho bài viết %1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Reading or writing the article store %1 failed (disk error).</source>
        <translation>Đọc hoặc ghi kho bài viết %1 thất bại (lỗi ổ đĩa).</translation>
    </message>
    <message>
        <source>The article store %1 reported an unexpected error.</source>
        <translation>Kho bài viết %1 gặp lỗi không mong đợi.</translation>
    </message>
</context>
<context>
    <name>newsdesk::cli::CliApp</name>
    <message>
        <source>Run &apos;newsdesk-cli --help&apos; for the list of commands.</source>
        <translation>Chạy &apos;newsdesk-cli --help&apos; để xem danh sách lệnh.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>chưa nhập lệnh.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db cần đường dẫn tệp.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>lệnh không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: unknown option %1.</source>
        <translation>import: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>import: give at least one file.</source>
        <translation>import: hãy chỉ định ít nhất một tệp.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>imported %1  %2</source>
        <translation>đã nhập %1  %2</translation>
    </message>
    <message>
        <source>update: unknown option %1.</source>
        <translation>update: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>update: give an article id and a file.</source>
        <translation>update: hãy chỉ định mã bài viết và một tệp.</translation>
    </message>
    <message>
        <source>Updated from %1</source>
        <translation>Cập nhật từ %1</translation>
    </message>
    <message>
        <source>updated %1  %2 (revision %3)</source>
        <translation>đã cập nhật %1  %2 (phiên bản %3)</translation>
    </message>
    <message>
        <source>list: unknown status; use one of: %1.</source>
        <translation>list: trạng thái không xác định; hãy dùng một trong: %1.</translation>
    </message>
    <message>
        <source>list: --limit needs a positive number.</source>
        <translation>list: --limit cần một số dương.</translation>
    </message>
    <message>
        <source>list: unknown option %1.</source>
        <translation>list: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;.</source>
        <translation>list: đối số không mong đợi &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>search: unknown status; use one of: %1.</source>
        <translation>search: trạng thái không xác định; hãy dùng một trong: %1.</translation>
    </message>
    <message>
        <source>search: --limit needs a positive number.</source>
        <translation>search: --limit cần một số dương.</translation>
    </message>
    <message>
        <source>search: unknown option %1.</source>
        <translation>search: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>search: give the words to look for.</source>
        <translation>search: hãy nhập từ cần tìm.</translation>
    </message>
    <message>
        <source>No articles match &quot;%1&quot;.</source>
        <translation>Không có bài viết nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>show: unknown option %1.</source>
        <translation>show: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>show: give one article id.</source>
        <translation>show: hãy chỉ định một mã bài viết.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Words: %1, revision %2</source>
        <translation>Số chữ: %1, phiên bản %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>export: unknown option %1.</source>
        <translation>export: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>export: give an article id or --all.</source>
        <translation>export: hãy chỉ định mã bài viết hoặc --all.</translation>
    </message>
    <message>
        <source>export: --format must be html or json.</source>
        <translation>export: --format phải là html hoặc json.</translation>
    </message>
    <message>
        <source>export: --out needs a folder.</source>
        <translation>export: --out cần một thư mục.</translation>
    </message>
    <message>
        <source>stats: unexpected argument &apos;%1&apos;.</source>
        <translation>stats: đối số không mong đợi &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Kho: %1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Bài viết: %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Số chữ: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Phiên bản: %1</translation>
    </message>
    <message>
        <source>Photos and files: %1</source>
        <translation>Ảnh và tệp: %1</translation>
    </message>
    <message>
        <source>Size on disk: %1</source>
        <translation>Dung lượng trên đĩa: %1</translation>
    </message>
    <message>
        <source>history: give one article id.</source>
        <translation>history: hãy chỉ định một mã bài viết.</translation>
    </message>
    <message>
        <source>diff: give an article id and two revision numbers.</source>
        <translation>diff: hãy chỉ định mã bài viết và hai số phiên bản.</translation>
    </message>
    <message>
        <source>diff: revision numbers must be numbers.</source>
        <translation>diff: số phiên bản phải là số.</translation>
    </message>
    <message>
        <source>restore: give an article id and a revision number.</source>
        <translation>restore: hãy chỉ định mã bài viết và số phiên bản.</translation>
    </message>
    <message>
        <source>restore: the revision must be a number.</source>
        <translation>restore: phiên bản phải là một số.</translation>
    </message>
    <message>
        <source>restored revision %1 of %2</source>
        <translation>đã khôi phục phiên bản %1 của %2</translation>
    </message>
</context>
</TS>
