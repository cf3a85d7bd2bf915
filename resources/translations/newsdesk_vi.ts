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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>the article file lists a photo it does not describe.</source>
        <translation>tệp bài viết liệt kê một ảnh mà không mô tả nó.</translation>
    </message>
    <message>
        <source>the photo %1 the article uses is missing; copy the media folder along with the article files.</source>
        <translation>thiếu ảnh %1 mà bài viết dùng; hãy chép cả thư mục media cùng các tệp bài viết.</translation>
    </message>
    <message>
        <source>the photo %1 is damaged.</source>
        <translation>ảnh %1 bị hỏng.</translation>
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
    <message>
        <source>Open the demo newsroom: sample articles in every workflow state, kept apart from your own articles.</source>
        <translation>Mở tòa soạn mẫu: các bài viết mẫu ở mọi trạng thái duyệt, tách riêng khỏi bài viết của bạn.</translation>
    </message>
    <message>
        <source>--demo opens a store of its own and cannot be combined with --db.</source>
        <translation>--demo mở kho riêng nên không dùng cùng --db được.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu hằng ngày: %1</translation>
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
  export (ID|--all) --format html|json|pdf --out DIR [--template FOLDER]
                                 write articles to files; html and pdf as the
                                 portal shows them (A4 PDF, for printing)
  stats                          counts of articles, words, revisions and photos
  history ID                     list an article&apos;s revisions
  diff ID REV_A REV_B            word differences between two revisions
  restore ID REV                 bring back a revision (as a new revision)

Backups (see docs/BACKUPS.md):
  backup [--to FOLDER] [--keep N]
                                 back up the store and its photos now; keeps the
                                 newest N backups of the folder (default 14)
  backup list [--from FOLDER]    the backups, newest first
  restore --backup NAME|PATH [--from FOLDER]
                                 replace the store with a backup (the current
                                 articles are backed up first)
  check (ID|FILE) [--words FILE] [--dictionary PATH]
                                 proofread an article or a file: spelling, spaces,
                                 quotes and brackets, tone marks

Review (acts as the local profile; see docs/WORKFLOW.md):
  submit ID [--note TEXT]        ask for approval
  approve ID [--note TEXT]       approve exactly the current text
  request-changes ID --note TEXT send it back to the writer
  schedule ID --at &quot;dd/MM/yyyy HH:mm&quot; [--note TEXT]
                                 publish at that time, in the portal&apos;s time zone
  unschedule|publish|withdraw|archive|restore-archived ID [--note TEXT]
                                 cancel a schedule, publish now, take off the portal,
                                 put away, bring back from the archive as a draft
  inbox                          waiting for my approval, and returned to me
  audit verify                   check that the review history was not altered
  profile show                   the name and role the review history records
  profile set [--name NAME] [--role writer|approver]

Portal (see docs/SYNC.md):
  account add --url URL --user NAME [--password-stdin] [--allow-http]
                                 connect a WordPress account (Application Password
                                 on standard input or in NEWSDESK_APP_PASSWORD)
  account list|remove            the store&apos;s portal account
  sync [--push-only|--pull-only] [--password-stdin]
                                 send what waits in the outbox; pull categories,
                                 tags and the time zone
  sync status                    what waits, what failed and why
  share ID                       send a draft to the portal as a draft
  conflicts [resolve N --mine|--theirs|--merged FILE]
                                 articles changed here and on the portal: list them,
                                 keep one version or a merged text (HTML file)

Options:
  --db PATH     use this store instead of the default one
  --json        machine-readable output (list, search, show, stats, history, check,
                the review commands, inbox, audit verify, profile, backup, account
                list, sync, sync status)
  --log DIR     write a log file (newsdesk.log) into DIR; also NEWSDESK_LOG_DIR
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
  export (MÃ|--all) --format html|json|pdf --out THƯ-MỤC [--template THƯ-MỤC-MẪU]
                                 xuất bài viết ra tệp; html và pdf giống như
                                 cổng thông tin hiển thị (PDF khổ A4, để in)
  stats                          thống kê bài viết, số chữ, phiên bản và ảnh
  history MÃ                     liệt kê các phiên bản của một bài
  diff MÃ PB_A PB_B              khác biệt từng chữ giữa hai phiên bản
  restore MÃ PB                  khôi phục một phiên bản (thành phiên bản mới)

Sao lưu (xem docs/BACKUPS.md):
  backup [--to THƯ-MỤC] [--keep N]
                                 sao lưu ngay kho bài viết và ảnh; giữ lại N bản
                                 sao lưu mới nhất trong thư mục (mặc định 14)
  backup list [--from THƯ-MỤC]   các bản sao lưu, mới nhất trước
  restore --backup TÊN|ĐƯỜNG-DẪN [--from THƯ-MỤC]
                                 thay kho bằng một bản sao lưu (các bài hiện có
                                 được sao lưu trước)
  check (MÃ|TỆP) [--words TỆP] [--dictionary ĐƯỜNG-DẪN]
                                 soát lỗi một bài viết hoặc một tệp: chính tả,
                                 dấu cách, dấu ngoặc và ngoặc kép, dấu thanh

Duyệt bài (với hồ sơ trên máy này; xem docs/WORKFLOW.md):
  submit MÃ [--note GHI-CHÚ]     gửi duyệt
  approve MÃ [--note GHI-CHÚ]    duyệt đúng nội dung hiện tại
  request-changes MÃ --note GHI-CHÚ
                                 trả lại cho người viết để sửa
  schedule MÃ --at &quot;dd/MM/yyyy HH:mm&quot; [--note GHI-CHÚ]
                                 hẹn giờ đăng, theo múi giờ của cổng
  unschedule|publish|withdraw|archive|restore-archived MÃ [--note GHI-CHÚ]
                                 hủy hẹn giờ, đăng ngay, gỡ khỏi cổng,
                                 lưu trữ, đưa bài lưu trữ về bản nháp
  inbox                          bài chờ tôi duyệt và bài bị trả lại cho tôi
  audit verify                   kiểm tra lịch sử duyệt không bị sửa đổi
  profile show                   tên và vai trò được ghi vào lịch sử duyệt
  profile set [--name TÊN] [--role writer|approver]

Cổng thông tin (xem docs/SYNC.md):
  account add --url URL --user TÊN [--password-stdin] [--allow-http]
                                 kết nối tài khoản WordPress (Mật khẩu ứng dụng
                                 qua đầu vào chuẩn hoặc NEWSDESK_APP_PASSWORD)
  account list|remove            tài khoản cổng thông tin của kho
  sync [--push-only|--pull-only] [--password-stdin]
                                 gửi những gì đang chờ trong hộp thư đi; tải về
                                 chuyên mục, thẻ và múi giờ
  sync status                    những gì đang chờ, những gì lỗi và vì sao
  share MÃ                       gửi một bản nháp lên cổng dưới dạng bản nháp
  conflicts [resolve N --mine|--theirs|--merged TỆP]
                                 các bài bị sửa cả ở đây và trên cổng: liệt kê,
                                 giữ một bản hoặc một bản gộp (tệp HTML)

Tùy chọn:
  --db ĐƯỜNG-DẪN  dùng kho này thay cho kho mặc định
  --json          xuất dạng máy đọc được (list, search, show, stats, history, check,
                  các lệnh duyệt bài, inbox, audit verify, profile, backup, account
                  list, sync, sync status)
  --log THƯ-MỤC   ghi tệp nhật ký (newsdesk.log) vào THƯ-MỤC; hoặc đặt NEWSDESK_LOG_DIR
  --version       in phiên bản
MÃ là số thứ tự của bài hoặc (phần đầu của) uuid.
Trạng thái: draft, in_review, changes_requested, approved, scheduled, published,
unpublished, archived.</translation>
    </message>
</context>
<context>
    <name>newsdesk::AppSettings</name>
    <message>
        <source>Choose a template folder, or use the built-in template.</source>
        <translation>Hãy chọn thư mục mẫu, hoặc dùng mẫu có sẵn.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Thư mục “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>This folder has no page.html, so it is not a portal template. Choose the folder that contains page.html.</source>
        <translation>Thư mục này không có tệp page.html nên không phải là mẫu trang cổng thông tin. Hãy chọn thư mục chứa page.html.</translation>
    </message>
    <message>
        <source>page.html in this folder cannot be read.</source>
        <translation>Không đọc được tệp page.html trong thư mục này.</translation>
    </message>
</context>
<context>
    <name>newsdesk::AppShell</name>
    <message>
        <source>The main window is not open.</source>
        <translation>Cửa sổ chính chưa được mở.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Saving the open article…</source>
        <translation>Đang lưu bài viết đang mở…</translation>
    </message>
    <message>
        <source>Nothing was restored: the open article could not be saved.</source>
        <translation>Chưa khôi phục gì: không lưu được bài viết đang mở.</translation>
    </message>
    <message>
        <source>Restoring the backup… This can take a few seconds.</source>
        <translation>Đang khôi phục bản sao lưu… Việc này có thể mất vài giây.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup of %1 (%n article(s)).</source>
        <translation>
            <numerusform>Đã khôi phục bản sao lưu lúc %1 (%n bài viết).</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles from before the restore are in the backup %1.</source>
        <translation>Các bài viết trước khi khôi phục nằm trong bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Demo newsroom — %1</source>
        <translation>Tòa soạn mẫu — %1</translation>
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
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the featured image from a file</source>
        <translation>Chọn ảnh đại diện từ tệp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Featured image:</source>
        <translation>Ảnh đại diện:</translation>
    </message>
    <message>
        <source>Table…</source>
        <translation>Bảng…</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Thay thế…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Tìm tiếp</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Tìm ngược lại</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Hoàn tác (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Làm lại (%1)</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Hàng đầu tiên là hàng tiêu đề</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Số hàng:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Số cột:</translation>
    </message>
    <message>
        <source>Choose the featured image</source>
        <translation>Chọn ảnh đại diện</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Không dùng được ảnh</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu ảnh</translation>
    </message>
    <message>
        <source>Summary (sapo)</source>
        <translation>Tóm tắt (sapo)</translation>
    </message>
    <message>
        <source>Remove the featured image</source>
        <translation>Bỏ ảnh đại diện</translation>
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
        <translation>
            <numerusform>%1
%n chữ</numerusform>
        </translation>
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
    <name>newsdesk::AuditLog</name>
    <message>
        <source>A review event needs a time.</source>
        <translation>Sự kiện duyệt bài cần có thời điểm.</translation>
    </message>
    <message>
        <source>The review history in this store has been altered (events are missing). Nothing more can be recorded until it is restored from a backup.</source>
        <translation>Lịch sử duyệt bài trong kho này đã bị can thiệp (thiếu sự kiện). Không thể ghi thêm gì cho đến khi kho được khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Event %1 is missing from the review history.</source>
        <translation>Lịch sử duyệt bài thiếu sự kiện %1.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing from the review history.</source>
        <translation>Lịch sử duyệt bài thiếu các sự kiện từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it: history was removed, inserted or reordered.</source>
        <translation>Sự kiện %1 không nối tiếp sự kiện trước nó: lịch sử đã bị xóa bớt, chèn thêm hoặc đổi thứ tự.</translation>
    </message>
    <message>
        <source>Event %1 was changed after it was recorded.</source>
        <translation>Sự kiện %1 đã bị sửa sau khi được ghi lại.</translation>
    </message>
    <message>
        <source>The newest events, from %1 on, were removed from the review history.</source>
        <translation>Các sự kiện mới nhất, từ %1 trở đi, đã bị xóa khỏi lịch sử duyệt bài.</translation>
    </message>
    <message>
        <source>The record of the newest event does not match the review history (event %1).</source>
        <translation>Bản ghi sự kiện mới nhất không khớp với lịch sử duyệt bài (sự kiện %1).</translation>
    </message>
</context>
<context>
    <name>newsdesk::AutosaveSession</name>
    <message>
        <source>Edited</source>
        <translation>Chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>newsdesk::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Thư mục sao lưu:</translation>
    </message>
    <message numerus="yes">
        <source>Newsdesk backs up your articles by itself once a day and keeps the newest %n backup(s) in this folder.</source>
        <translation>
            <numerusform>Newsdesk tự sao lưu bài viết mỗi ngày một lần và giữ %n bản sao lưu mới nhất trong thư mục này.</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is on the same disk as your articles: it helps after a mistake or a damaged file, but not when the laptop dies. Choose a USB stick or a network share in Settings › Settings… › Backups.</source>
        <translation>Thư mục này nằm trên cùng ổ đĩa với bài viết: nó giúp khi thao tác nhầm hoặc tệp bị hỏng, nhưng không giúp được khi máy tính hỏng. Hãy chọn USB hoặc thư mục mạng trong Cài đặt › Cài đặt… › Sao lưu.</translation>
    </message>
    <message>
        <source>You can choose another folder in Settings › Settings… › Backups.</source>
        <translation>Bạn có thể chọn thư mục khác trong Cài đặt › Cài đặt… › Sao lưu.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Backups in this folder, newest first:</source>
        <translation>&amp;Các bản sao lưu trong thư mục này, mới nhất trước:</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Back up all articles and photos into the backup folder now</source>
        <translation>Sao lưu ngay mọi bài viết và ảnh vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Replace the articles with those of the selected backup (you are asked first)</source>
        <translation>Thay các bài viết bằng bài viết của bản sao lưu đã chọn (bạn sẽ được hỏi trước)</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet. “Back up now” makes the first one.</source>
        <translation>Thư mục này chưa có bản sao lưu nào. Bấm “Sao lưu ngay” để tạo bản đầu tiên.</translation>
    </message>
    <message>
        <source>Backing up the articles and photos… This can take a few seconds.</source>
        <translation>Đang sao lưu bài viết và ảnh… Việc này có thể mất vài giây.</translation>
    </message>
    <message>
        <source>Backup made: %1, %2.</source>
        <translation>Đã sao lưu: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) were missing or damaged in the store and are not in the backup.</source>
        <translation>
            <numerusform>%n ảnh bị thiếu hoặc hỏng trong kho nên không có trong bản sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Khôi phục bản sao lưu lúc %1?</translation>
    </message>
    <message numerus="yes">
        <source>What happens:
1. The open article is saved and the main window closes.
2. The articles you have now are backed up (listed as “%1”), so you can go back to them.
3. They are replaced by the %n article(s) of this backup.
4. The main window opens again with the restored articles.</source>
        <translation>
            <numerusform>Những việc sẽ diễn ra:
1. Bài đang mở được lưu và cửa sổ chính đóng lại.
2. Các bài viết hiện có được sao lưu (ghi là “%1”), để bạn có thể quay lại.
3. Chúng được thay bằng %n bài viết của bản sao lưu này.
4. Cửa sổ chính mở lại với các bài viết đã khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the backup to restore first.</source>
        <translation>Hãy chọn bản sao lưu cần khôi phục trước.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
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
    <message numerus="yes">
        <source>%n very long paragraph(s) were split at sentence ends; no word was lost.</source>
        <translation>
            <numerusform>Đã tách %n đoạn văn quá dài tại chỗ hết câu; không mất chữ nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Nội dung bài viết</translation>
    </message>
</context>
<context>
    <name>newsdesk::CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>articles that do not fit in the day</comment>
        <translation>
            <numerusform>+%n bài nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Chưa có bài</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>calendar heading: month name, year</comment>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Tuần %1: %2 – %3</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Tuần trước</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Tuần sau</translation>
    </message>
    <message>
        <source>Days and times in the portal&apos;s time zone (%1)</source>
        <translation>Ngày giờ theo múi giờ của cổng thông tin (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title — author</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Published on %1</source>
        <translation>Đã đăng lúc %1</translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation>Nhấp đúp để mở.</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Lên lịch đăng lúc %1</translation>
    </message>
    <message>
        <source>Drag it to another day to reschedule it; double-click to open it.</source>
        <translation>Kéo sang ngày khác để dời lịch; nhấp đúp để mở.</translation>
    </message>
    <message>
        <source>Click to see the whole week.</source>
        <translation>Nhấp để xem cả tuần.</translation>
    </message>
    <message>
        <source>Nothing scheduled or published on this day.</source>
        <translation>Ngày này chưa có bài nào được lên lịch hoặc đã đăng.</translation>
    </message>
    <message>
        <source>Only scheduled articles can be moved to another day.</source>
        <translation>Chỉ có thể dời bài đã lên lịch sang ngày khác.</translation>
    </message>
    <message>
        <source>“%1” now publishes on %2.</source>
        <translation>“%1” sẽ được đăng lúc %2.</translation>
    </message>
    <message>
        <source>Days of the calendar</source>
        <translation>Các ngày trên lịch</translation>
    </message>
    <message>
        <source>Go to today (Home in the calendar)</source>
        <translation>Về hôm nay (phím Home trong lịch)</translation>
    </message>
    <message>
        <source>%1: nothing scheduled or published.</source>
        <translation>%1: không có bài hẹn giờ hay đã đăng.</translation>
    </message>
    <message>
        <source>chosen: %1</source>
        <translation>đang chọn: %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Arrow keys choose a day, Page Up and Page Down the previous or next page, Home today; Enter opens the chosen article, Ctrl+Up and Ctrl+Down choose another article of the day, Ctrl+Shift+Left and Ctrl+Shift+Right move it a day.</source>
        <translation>Phím mũi tên chọn ngày, Page Up và Page Down sang trang trước hoặc sau, Home về hôm nay; Enter mở bài đang chọn, Ctrl+Lên và Ctrl+Xuống chọn bài khác trong ngày, Ctrl+Shift+Trái và Ctrl+Shift+Phải dời bài đi một ngày.</translation>
    </message>
</context>
<context>
    <name>newsdesk::CompareView</name>
    <message>
        <source>What changed since the last approved version</source>
        <translation>Những thay đổi từ phiên bản được duyệt gần nhất</translation>
    </message>
    <message>
        <source>This article has not been submitted or approved yet, so there is no reviewed version to compare it with.</source>
        <translation>Bài viết chưa được gửi duyệt hay duyệt lần nào, nên chưa có phiên bản nào để so sánh.</translation>
    </message>
    <message>
        <source>What changed since the last submitted version</source>
        <translation>Những thay đổi từ phiên bản gửi duyệt gần nhất</translation>
    </message>
    <message>
        <source>The version approved by %1 on %2 is not in the revision history, so it cannot be compared with the current text.</source>
        <translation>Phiên bản được %1 duyệt lúc %2 không có trong lịch sử phiên bản, nên không thể so sánh với nội dung hiện tại.</translation>
    </message>
    <message>
        <source>The version submitted by %1 on %2 is not in the revision history, so it cannot be compared with the current text.</source>
        <translation>Phiên bản được %1 gửi duyệt lúc %2 không có trong lịch sử phiên bản, nên không thể so sánh với nội dung hiện tại.</translation>
    </message>
    <message>
        <source>Since the version approved by %1 on %2 (revision %3).</source>
        <translation>Từ phiên bản được %1 duyệt lúc %2 (phiên bản %3).</translation>
    </message>
    <message>
        <source>Since the version submitted by %1 on %2 (revision %3).</source>
        <translation>Từ phiên bản được %1 gửi duyệt lúc %2 (phiên bản %3).</translation>
    </message>
</context>
<context>
    <name>newsdesk::ConflictDialog</name>
    <message>
        <source>Conflicts with the portal</source>
        <translation>Xung đột với cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Articles with a conflict:</source>
        <translation>&amp;Bài có xung đột:</translation>
    </message>
    <message>
        <source>This article was changed here and on the portal since the last sync. Nothing is sent for it until you choose. Both versions are kept until then.</source>
        <translation>Bài này đã được sửa cả ở đây và trên cổng kể từ lần đồng bộ trước. Bài sẽ không được gửi cho đến khi bạn chọn. Cả hai bản đều được giữ đến lúc đó.</translation>
    </message>
    <message>
        <source>Highlighted words are in only one of the two versions.</source>
        <translation>Những chữ được tô màu chỉ có ở một trong hai bản.</translation>
    </message>
    <message>
        <source>&amp;Mine (this computer)</source>
        <translation>Bản của tôi (&amp;máy này)</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Keep the text of this computer and send it to the portal at the next sync, over the portal&apos;s version</source>
        <translation>Giữ nội dung trên máy này và gửi lên cổng ở lần đồng bộ tới, thay cho bản trên cổng</translation>
    </message>
    <message>
        <source>&amp;Take the portal&apos;s</source>
        <translation>&amp;Lấy bản của cổng</translation>
    </message>
    <message>
        <source>Replace the text of this computer with the portal&apos;s version (the revision history keeps yours)</source>
        <translation>Thay nội dung trên máy này bằng bản của cổng (lịch sử phiên bản vẫn giữ bản của bạn)</translation>
    </message>
    <message>
        <source>&amp;Edit merged…</source>
        <translation>&amp;Sửa bản gộp…</translation>
    </message>
    <message>
        <source>Write one version from both, starting from yours, and send it at the next sync</source>
        <translation>Viết một bản từ cả hai, bắt đầu từ bản của bạn, và gửi ở lần đồng bộ tới</translation>
    </message>
    <message>
        <source>No conflicts left</source>
        <translation>Không còn xung đột</translation>
    </message>
    <message>
        <source>No article is held back from the sync any more.</source>
        <translation>Không còn bài nào bị giữ lại khi đồng bộ.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>Changed here and on the portal: %1.</source>
        <translation>Bị sửa cả ở đây và trên cổng: %1.</translation>
    </message>
    <message>
        <source>Also different: %1.</source>
        <translation>Cũng khác nhau: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) only in this version.</source>
        <translation>
            <numerusform>%n chữ chỉ có trong bản này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Hãy chọn một xung đột trước.</translation>
    </message>
    <message>
        <source>The portal&apos;s version of “%1” changed again meanwhile: this is the newest one. Look at it before you choose.</source>
        <translation>Bản trên cổng của “%1” vừa thay đổi lần nữa: đây là bản mới nhất. Hãy xem lại trước khi chọn.</translation>
    </message>
    <message>
        <source>“%1”: your version is kept and goes to the portal at the next sync.</source>
        <translation>“%1”: bản của bạn được giữ và sẽ lên cổng ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>“%1”: the portal&apos;s version is now the text here.</source>
        <translation>“%1”: bản của cổng nay là nội dung ở đây.</translation>
    </message>
    <message>
        <source>“%1”: the merged version is saved and goes to the portal at the next sync.</source>
        <translation>“%1”: bản gộp đã được lưu và sẽ lên cổng ở lần đồng bộ tới.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ConflictResolver</name>
    <message>
        <source>Give the merged text.</source>
        <translation>Hãy đưa nội dung bản gộp.</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>Không có xung đột %1 nào đang mở.</translation>
    </message>
    <message>
        <source>No portal account.</source>
        <translation>Chưa có tài khoản cổng.</translation>
    </message>
    <message>
        <source>Took the portal&apos;s version</source>
        <translation>Lấy bản của cổng</translation>
    </message>
    <message>
        <source>Merged with the portal&apos;s version</source>
        <translation>Gộp với bản của cổng</translation>
    </message>
</context>
<context>
    <name>newsdesk::ConflictStore</name>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>Không có xung đột %1 nào đang mở.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ConflictText</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Thân bài</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>The words are the same; only the formatting or the photos differ.</source>
        <translation>Chữ giống nhau; chỉ khác định dạng hoặc ảnh.</translation>
    </message>
    <message>
        <source>The two versions are the same now.</source>
        <translation>Hai bản nay đã giống nhau.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ConnectDialog</name>
    <message>
        <source>Connect a portal account</source>
        <translation>Kết nối tài khoản cổng thông tin</translation>
    </message>
    <message>
        <source>Newsdesk signs in to the portal&apos;s WordPress with your user name and an Application Password.</source>
        <translation>Newsdesk đăng nhập vào WordPress của cổng bằng tên người dùng và một Mật khẩu ứng dụng của bạn.</translation>
    </message>
    <message>
        <source>https://example.gov.vn</source>
        <translation>https://example.gov.vn</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Địa chỉ cổng:</translation>
    </message>
    <message>
        <source>The password would travel unencrypted: anyone on the network could read it. Use https if the portal has it.</source>
        <translation>Mật khẩu sẽ được gửi đi không mã hóa: ai trên mạng cũng có thể đọc được. Hãy dùng https nếu cổng có hỗ trợ.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>&amp;Mật khẩu ứng dụng:</translation>
    </message>
    <message>
        <source>Not your login password: a separate password for programs. Create one in WordPress under Users &gt; Profile &gt; Application Passwords and paste it here.</source>
        <translation>Không phải mật khẩu đăng nhập: đây là mật khẩu riêng cho các chương trình. Tạo trong WordPress tại Thành viên &gt; Hồ sơ &gt; Mật khẩu ứng dụng rồi dán vào đây.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Múi giờ:</translation>
    </message>
    <message>
        <source>Newsdesk plugin:</source>
        <translation>Plugin Newsdesk:</translation>
    </message>
    <message>
        <source>Categories and tags:</source>
        <translation>Chuyên mục và thẻ:</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Lưu tài khoản</translation>
    </message>
    <message>
        <source>Approver: can approve and publish (publish_posts)</source>
        <translation>Người duyệt: được duyệt và đăng bài (publish_posts)</translation>
    </message>
    <message>
        <source>Writer: can write and submit for review; an editor publishes</source>
        <translation>Người viết: được viết và gửi duyệt; biên tập viên đăng bài</translation>
    </message>
    <message>
        <source>Allow plain &amp;http for %1</source>
        <translation>Cho phép &amp;http không mã hóa với %1</translation>
    </message>
    <message>
        <source>Checking the account on %1…</source>
        <translation>Đang kiểm tra tài khoản trên %1…</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Đang kiểm tra tài khoản…</translation>
    </message>
    <message>
        <source>Loading the categories and tags…</source>
        <translation>Đang tải chuyên mục và thẻ…</translation>
    </message>
    <message>
        <source>%1 categories, %2 tags</source>
        <translation>%1 chuyên mục, %2 thẻ</translation>
    </message>
    <message>
        <source>Not loaded: %1 You can still save the account.</source>
        <translation>Chưa tải được: %1 Bạn vẫn có thể lưu tài khoản.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>Not loaded (cancelled). You can still save the account.</source>
        <translation>Chưa tải (đã hủy). Bạn vẫn có thể lưu tài khoản.</translation>
    </message>
    <message>
        <source>%1 (login: %2)</source>
        <translation>%1 (đăng nhập: %2)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Not found (optional)</source>
        <translation>Không có (không bắt buộc)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Lỗi kết nối</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
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
    <message>
        <source>Newsdesk did not upgrade the article store %1, because it could not back it up first: %2</source>
        <translation>Newsdesk chưa nâng cấp kho bài viết %1, vì không sao lưu được trước: %2</translation>
    </message>
</context>
<context>
    <name>newsdesk::FindReplaceBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Tìm trong bài viết</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Match case and diacritics</source>
        <translation>Phân biệt chữ hoa, chữ thường và dấu</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+F3)</source>
        <translation>Tìm chỗ trước đó (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Find the next occurrence (F3)</source>
        <translation>Tìm chỗ tiếp theo (F3)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Replace this occurrence</source>
        <translation>Thay thế chỗ này</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Thay thế tất cả</translation>
    </message>
    <message>
        <source>Replace every occurrence</source>
        <translation>Thay thế mọi chỗ tìm thấy</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Đã thay thế %n chỗ</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
</context>
<context>
    <name>newsdesk::FirstRunAssistant</name>
    <message>
        <source>Welcome to Newsdesk</source>
        <translation>Chào mừng bạn đến với Newsdesk</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Start working now; you can run this assistant again from Settings.</source>
        <translation>Bắt đầu làm việc ngay; bạn có thể chạy lại trợ lý này trong Cài đặt.</translation>
    </message>
    <message>
        <source>Newsdesk is where the portal&apos;s articles are written, reviewed and scheduled. A few short steps get you started.</source>
        <translation>Newsdesk là nơi soạn, duyệt và lên lịch đăng các bài viết của cổng thông tin. Chỉ vài bước ngắn là bạn có thể bắt đầu.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Everything you choose here can be changed later in Settings.</source>
        <translation>Mọi lựa chọn ở đây đều có thể thay đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Thông tin của bạn</translation>
    </message>
    <message>
        <source>The review history records who wrote, submitted and approved each article, under this name.</source>
        <translation>Lịch sử duyệt bài ghi lại ai đã viết, gửi duyệt và duyệt từng bài, dưới tên này.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>Full name, as colleagues know it</source>
        <translation>Họ và tên, như đồng nghiệp vẫn gọi</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Your portal account decides your role.</source>
        <translation>Vai trò của bạn do tài khoản cổng thông tin quyết định.</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Làm việc không cần mạng</translation>
    </message>
    <message>
        <source>Newsdesk keeps everything on this computer: you can write, review, approve and schedule articles, see them as the portal will show them, and export them.</source>
        <translation>Newsdesk lưu mọi thứ trên máy tính này: bạn có thể soạn, gửi duyệt, duyệt và lên lịch đăng bài, xem bài như khi hiển thị trên cổng thông tin, và xuất bài ra tệp.</translation>
    </message>
    <message>
        <source>Publishing to the portal is not built yet, so there is nothing to connect. Connecting to the portal will be offered in Settings › Portal accounts once portal publishing is set up.</source>
        <translation>Tính năng đăng bài lên cổng thông tin chưa được xây dựng nên chưa có gì để kết nối. Kết nối với cổng thông tin sẽ có trong Cài đặt › Tài khoản cổng thông tin khi tính năng đăng bài lên cổng được thiết lập.</translation>
    </message>
    <message>
        <source>Approvers (officials) approve articles, ask for changes, schedule and publish.</source>
        <translation>Người duyệt (cán bộ có thẩm quyền) duyệt bài, yêu cầu sửa, lên lịch và đăng bài.</translation>
    </message>
    <message>
        <source>Writers write articles and submit them for approval.</source>
        <translation>Người viết soạn bài và gửi bài để duyệt.</translation>
    </message>
    <message>
        <source>Your name was not saved</source>
        <translation>Chưa lưu được họ tên của bạn</translation>
    </message>
    <message>
        <source>Your role was not saved</source>
        <translation>Chưa lưu được vai trò của bạn</translation>
    </message>
</context>
<context>
    <name>newsdesk::HistoryPanel</name>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Chọn một phiên bản để xem phiên bản đó đã thay đổi gì, hoặc chọn hai phiên bản để so sánh.</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Hoàn tác khôi phục</translation>
    </message>
    <message>
        <source>Bring back revision %1, the text before the restore.</source>
        <translation>Lấy lại phiên bản %1, tức nội dung trước khi khôi phục.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sapo</translation>
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
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <source>The featured image changed.</source>
        <translation>Ảnh đại diện đã thay đổi.</translation>
    </message>
    <message>
        <source>Only the formatting changed.</source>
        <translation>Chỉ thay đổi định dạng.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <source>No revisions yet.</source>
        <translation>Chưa có phiên bản nào.</translation>
    </message>
    <message>
        <source>Revision %1 is the first one.</source>
        <translation>Phiên bản %1 là phiên bản đầu tiên.</translation>
    </message>
    <message>
        <source>What revision %1 changed (compared with revision %2):</source>
        <translation>Những thay đổi trong phiên bản %1 (so với phiên bản %2):</translation>
    </message>
    <message>
        <source>From revision %1 to revision %2:</source>
        <translation>Từ phiên bản %1 đến phiên bản %2:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <source>Approval withdrawn by an edit</source>
        <translation>Việc duyệt bị hủy do sửa bài</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(tự động)</translation>
    </message>
    <message>
        <source>Arrow keys choose a revision, Shift+arrow adds the next one, Enter restores it.</source>
        <translation>Phím mũi tên chọn phiên bản, Shift+mũi tên chọn thêm phiên bản kế tiếp, Enter để khôi phục.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Lịch sử duyệt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>newsdesk::LogFile</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Không tạo được thư mục nhật ký %1.</translation>
    </message>
    <message>
        <source>Cannot write the log file %1.</source>
        <translation>Không ghi được tệp nhật ký %1.</translation>
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
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n chữ</numerusform>
        </translation>
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
    <message>
        <source>Search articles (diacritics optional)…</source>
        <translation>Tìm bài viết (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Pasting… %1%</source>
        <translation>Đang dán… %1%</translation>
    </message>
    <message>
        <source>Pasted.</source>
        <translation>Đã dán.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Search &amp;articles</source>
        <translation>Tìm &amp;bài viết</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Revisions of this article: compare and restore</source>
        <translation>Các phiên bản của bài viết này: so sánh và khôi phục</translation>
    </message>
    <message>
        <source>Before restoring revision %1</source>
        <translation>Trước khi khôi phục phiên bản %1</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Chưa khôi phục được</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Đã khôi phục phiên bản %1.</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.md *.markdown *.txt *.json);;All files (*)</source>
        <translation>Bài viết (*.html *.htm *.md *.markdown *.txt *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Chưa nhập được bài nào</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Đã nhập %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Không có bài viết nào khớp với “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Proofreading</source>
        <translation>Soát lỗi</translation>
    </message>
    <message>
        <source>&amp;Proofreading</source>
        <translation>&amp;Soát lỗi</translation>
    </message>
    <message>
        <source>Spelling and proofreading findings, with fixes</source>
        <translation>Lỗi chính tả và lỗi trình bày, kèm cách sửa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>“%1” is now: %2.</source>
        <translation>“%1” giờ là: %2.</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>&amp;Hồ sơ của bạn…</translation>
    </message>
    <message>
        <source>Articles in review, waiting for your approval</source>
        <translation>Bài đang chờ bạn duyệt</translation>
    </message>
    <message>
        <source>Articles sent back with changes requested</source>
        <translation>Bài được trả lại kèm yêu cầu sửa</translation>
    </message>
    <message>
        <source>Editing will withdraw the approval: the article goes back to Draft when this change is saved.</source>
        <translation>Sửa bài sẽ hủy việc duyệt: bài trở về Bản nháp khi thay đổi này được lưu.</translation>
    </message>
    <message>
        <source>The approval was withdrawn: the article is a draft again and must be submitted for approval.</source>
        <translation>Việc duyệt đã bị hủy: bài trở lại thành bản nháp và phải gửi duyệt lại.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Waiting for my approval (%1)</source>
        <translation>Chờ tôi duyệt (%1)</translation>
    </message>
    <message>
        <source>Returned to me (%1)</source>
        <translation>Trả lại cho tôi (%1)</translation>
    </message>
    <message>
        <source>Text at the review step</source>
        <translation>Nội dung lúc chuyển bước duyệt</translation>
    </message>
    <message>
        <source>Editorial calendar</source>
        <translation>Lịch biên tập</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Ghi chú duyệt bài</translation>
    </message>
    <message>
        <source>Changes since review</source>
        <translation>Thay đổi từ lần duyệt</translation>
    </message>
    <message>
        <source>Editorial &amp;calendar</source>
        <translation>&amp;Lịch biên tập</translation>
    </message>
    <message>
        <source>Scheduled and published articles by day; drag to reschedule</source>
        <translation>Bài đã lên lịch và đã đăng theo ngày; kéo để dời lịch</translation>
    </message>
    <message>
        <source>Review &amp;notes</source>
        <translation>&amp;Ghi chú duyệt bài</translation>
    </message>
    <message>
        <source>Comments on passages, and resolving them</source>
        <translation>Bình luận theo đoạn văn và đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Changes since &amp;review</source>
        <translation>&amp;Thay đổi từ lần duyệt</translation>
    </message>
    <message>
        <source>What changed since the last approved or submitted version</source>
        <translation>Những thay đổi từ phiên bản được duyệt hoặc gửi duyệt gần nhất</translation>
    </message>
    <message>
        <source>Waiting for my approval. Choose what to show to see other articles.</source>
        <translation>Đang xem bài chờ tôi duyệt. Chọn mục “Hiển thị” để xem các bài khác.</translation>
    </message>
    <message>
        <source>Returned to me. Choose what to show to see other articles.</source>
        <translation>Đang xem bài trả lại cho tôi. Chọn mục “Hiển thị” để xem các bài khác.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Back up the articles now, or restore an earlier backup</source>
        <translation>Sao lưu bài viết ngay, hoặc khôi phục một bản sao lưu trước đây</translation>
    </message>
    <message>
        <source>Por&amp;tal preview</source>
        <translation>Xem &amp;trước trên cổng</translation>
    </message>
    <message>
        <source>The article as the portal will show it</source>
        <translation>Bài viết như cổng thông tin sẽ hiển thị</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>The preview template was not used: %1</source>
        <translation>Không dùng được mẫu xem trước: %1</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Tìm bài viết</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Các bảng</translation>
    </message>
    <message>
        <source>Portal sync</source>
        <translation>Đồng bộ với cổng</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>&amp;Bảng đồng bộ</translation>
    </message>
    <message>
        <source>What waits for the portal, what was sent, and what failed</source>
        <translation>Những gì đang chờ gửi lên cổng, đã gửi và bị lỗi</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Cổng thông tin</translation>
    </message>
    <message>
        <source>&amp;Connect account…</source>
        <translation>&amp;Kết nối tài khoản…</translation>
    </message>
    <message>
        <source>Sign in to the portal&apos;s WordPress to publish from here</source>
        <translation>Đăng nhập WordPress của cổng để đăng bài từ đây</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Send what waits for the portal now</source>
        <translation>Gửi ngay những gì đang chờ lên cổng</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>&amp;Xung đột…</translation>
    </message>
    <message>
        <source>Articles changed here and on the portal: choose which text to keep</source>
        <translation>Các bài bị sửa cả ở đây và trên cổng: chọn nội dung cần giữ</translation>
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
    <name>newsdesk::MergeEditor</name>
    <message>
        <source>Edit the merged version</source>
        <translation>Sửa bản gộp</translation>
    </message>
    <message>
        <source>Your version is filled in. Change it until it says what both versions should say; the portal&apos;s version is on the right for reference. The merged version replaces both, here and on the portal at the next sync.</source>
        <translation>Bản của bạn đã được điền sẵn. Hãy sửa cho đến khi nó nói đúng điều cả hai bản cần nói; bản của cổng ở bên phải để tham khảo. Bản gộp sẽ thay cả hai, ở đây và trên cổng ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;apo:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Thân bài:</translation>
    </message>
    <message>
        <source>&amp;Portal&apos;s version, for reference:</source>
        <translation>Bản của &amp;cổng, để tham khảo:</translation>
    </message>
    <message>
        <source>Read only. Highlighted words are only in the portal&apos;s version.</source>
        <translation>Chỉ đọc. Những chữ được tô màu chỉ có trong bản của cổng.</translation>
    </message>
    <message>
        <source>&amp;Save the merged version</source>
        <translation>&amp;Lưu bản gộp</translation>
    </message>
    <message>
        <source>Keep this text for the article and send it to the portal at the next sync</source>
        <translation>Giữ nội dung này cho bài và gửi lên cổng ở lần đồng bộ tới</translation>
    </message>
    <message>
        <source>Give the article a title.</source>
        <translation>Hãy đặt tiêu đề cho bài.</translation>
    </message>
</context>
<context>
    <name>newsdesk::OutboxModel</name>
    <message>
        <source>Asks the portal for: %1</source>
        <translation>Yêu cầu cổng chuyển sang: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>Trên cổng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Error or notice</source>
        <translation>Lỗi hoặc lưu ý</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Đã gửi duyệt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã hẹn giờ</translation>
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
        <source>Changes requested</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Schedule cancelled</source>
        <translation>Đã hủy hẹn giờ</translation>
    </message>
    <message>
        <source>Shared as draft</source>
        <translation>Chia sẻ dạng bản nháp</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Will retry soon</source>
        <translation>Sẽ thử lại sớm</translation>
    </message>
    <message>
        <source>Will retry at %1</source>
        <translation>Sẽ thử lại lúc %1</translation>
    </message>
    <message>
        <source>Found on the portal</source>
        <translation>Đã tìm thấy trên cổng</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Replaced by a newer change</source>
        <translation>Được thay bằng thay đổi mới hơn</translation>
    </message>
    <message>
        <source>Sent with the next sync.</source>
        <translation>Sẽ gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Being sent to the portal now.</source>
        <translation>Đang được gửi lên cổng.</translation>
    </message>
    <message>
        <source>Sent at %1.</source>
        <translation>Đã gửi lúc %1.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>The last attempt did not get through. Newsdesk tries again by itself.</source>
        <translation>Lần thử vừa rồi không thành. Newsdesk sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>The last attempt may have reached the portal. Newsdesk looks for the post there before sending again, so it is not created twice.</source>
        <translation>Lần thử vừa rồi có thể đã tới cổng. Newsdesk sẽ tìm bài trên cổng trước khi gửi lại, để bài không bị tạo hai lần.</translation>
    </message>
    <message>
        <source>An earlier attempt had reached the portal: Newsdesk found the post there and kept it.</source>
        <translation>Một lần thử trước đã tới cổng: Newsdesk đã tìm thấy bài trên đó và giữ lại.</translation>
    </message>
    <message>
        <source>The portal refused this change. Fix the cause, then choose Try again.</source>
        <translation>Cổng đã từ chối thay đổi này. Hãy khắc phục nguyên nhân rồi chọn Thử lại.</translation>
    </message>
    <message>
        <source>A newer change of this article carries everything, so this one is not sent.</source>
        <translation>Một thay đổi mới hơn của bài đã bao gồm tất cả, nên thay đổi này không cần gửi.</translation>
    </message>
    <message>
        <source>Not on the portal</source>
        <translation>Chưa có trên cổng</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Riêng tư</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Trong thùng rác</translation>
    </message>
</context>
<context>
    <name>newsdesk::OutboxStore</name>
    <message>
        <source>There is no outbox operation %1.</source>
        <translation>Không có thao tác %1 trong hộp thư đi.</translation>
    </message>
    <message>
        <source>Operation %1 has not failed.</source>
        <translation>Thao tác %1 không bị lỗi.</translation>
    </message>
</context>
<context>
    <name>newsdesk::OutboxWriter</name>
    <message>
        <source>No article %1 in this store.</source>
        <translation>Kho này không có bài %1.</translation>
    </message>
    <message>
        <source>Only a draft can be shared as a draft; this article is already on its way to the portal through the review.</source>
        <translation>Chỉ bản nháp mới chia sẻ được dưới dạng bản nháp; bài này đã đang qua khâu duyệt để lên cổng.</translation>
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
    <name>newsdesk::PortalAccountStore</name>
    <message>
        <source>This store is already connected to %1 as %2. Remove that account first.</source>
        <translation>Kho này đã kết nối với %1 bằng tài khoản %2. Hãy gỡ tài khoản đó trước.</translation>
    </message>
</context>
<context>
    <name>newsdesk::PortalSession</name>
    <message>
        <source>The portal rejected the password: publishing is paused. Portal &gt; Connect account… to enter it again.</source>
        <translation>Cổng đã từ chối mật khẩu: việc đăng bài tạm dừng. Chọn Cổng thông tin &gt; Kết nối tài khoản… để nhập lại.</translation>
    </message>
    <message>
        <source>Enter the portal password to publish: Portal &gt; Connect account…</source>
        <translation>Nhập mật khẩu cổng để đăng bài: Cổng thông tin &gt; Kết nối tài khoản…</translation>
    </message>
</context>
<context>
    <name>newsdesk::ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Hồ sơ của bạn</translation>
    </message>
    <message>
        <source>The review history records who submitted, approved or published each article.</source>
        <translation>Lịch sử duyệt ghi lại ai đã gửi duyệt, duyệt hoặc đăng từng bài.</translation>
    </message>
    <message>
        <source>Full name, as colleagues know it</source>
        <translation>Họ và tên, như đồng nghiệp vẫn gọi</translation>
    </message>
    <message>
        <source>Your portal account decides your role.</source>
        <translation>Vai trò của bạn do tài khoản cổng thông tin quyết định.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
</context>
<context>
    <name>newsdesk::ProfileStore</name>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Tên của bạn không được để trống.</translation>
    </message>
    <message>
        <source>Your role comes from your portal account (%1). Ask the portal&apos;s administrator to change it.</source>
        <translation>Vai trò của bạn được lấy từ tài khoản trên cổng thông tin (%1). Hãy đề nghị quản trị viên cổng thông tin thay đổi.</translation>
    </message>
</context>
<context>
    <name>newsdesk::Proofreading</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(không có gợi ý)</translation>
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation>Thêm “%1” vào từ điển của tôi</translation>
    </message>
    <message>
        <source>(remove)</source>
        <translation>(xóa)</translation>
    </message>
    <message>
        <source>%1: change to “%2”</source>
        <translation>%1: sửa thành “%2”</translation>
    </message>
</context>
<context>
    <name>newsdesk::ProofreadingPanel</name>
    <message>
        <source>Fix</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Apply the suggested fix to the text</source>
        <translation>Sửa văn bản theo gợi ý</translation>
    </message>
    <message>
        <source>(remove)</source>
        <translation>(xóa)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>Có %n chỗ cần xem lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spelling is not checked: %1</source>
        <translation>Không kiểm tra chính tả: %1</translation>
    </message>
    <message>
        <source>Proofreading findings</source>
        <translation>Kết quả soát lỗi</translation>
    </message>
    <message>
        <source>Arrow keys select a finding in the text; the Fix button applies its fix.</source>
        <translation>Phím mũi tên chọn một lỗi trong văn bản; nút Sửa áp dụng cách sửa.</translation>
    </message>
</context>
<context>
    <name>newsdesk::PullApplier</name>
    <message>
        <source>“%1” was deleted on the portal. It stays here; submit it again to put it back, or archive it.</source>
        <translation>“%1” đã bị xóa trên cổng. Bài vẫn ở đây; hãy gửi lại để đưa bài lên, hoặc lưu trữ bài.</translation>
    </message>
    <message>
        <source>Changed on the portal</source>
        <translation>Đã sửa trên cổng</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>cổng thông tin</translation>
    </message>
    <message>
        <source>Changed on the portal: %1</source>
        <translation>Đã đổi trên cổng: %1</translation>
    </message>
</context>
<context>
    <name>newsdesk::ReviewNoteStore</name>
    <message>
        <source>The note is empty.</source>
        <translation>Ghi chú đang để trống.</translation>
    </message>
    <message>
        <source>A passage note needs the passage: a start, a length and the quoted text.</source>
        <translation>Ghi chú cho một đoạn văn cần có đoạn văn đó: vị trí bắt đầu, độ dài và phần văn bản được trích.</translation>
    </message>
    <message>
        <source>No article %1 in this store.</source>
        <translation>Không có bài viết %1 trong kho này.</translation>
    </message>
    <message>
        <source>There is no review note %1.</source>
        <translation>Không có ghi chú duyệt bài %1.</translation>
    </message>
</context>
<context>
    <name>newsdesk::ReviewNotesPanel</name>
    <message>
        <source>Comment on selection</source>
        <translation>Bình luận đoạn đã chọn</translation>
    </message>
    <message>
        <source>Note on the whole article</source>
        <translation>Ghi chú cho cả bài</translation>
    </message>
    <message>
        <source>What should change, and why?</source>
        <translation>Cần sửa gì, vì sao?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Thêm ghi chú (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Click a note to select its passage in the text.</source>
        <translation>Bấm vào ghi chú để chọn đoạn văn tương ứng trong bài.</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Select the words to comment on in the text first.</source>
        <translation>Hãy chọn đoạn văn cần bình luận trong bài trước.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài viết trước.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Hãy viết nội dung ghi chú trước.</translation>
    </message>
    <message>
        <source>There is no such note on this article.</source>
        <translation>Bài viết này không có ghi chú đó.</translation>
    </message>
    <message>
        <source>The passage changed: “%1” is no longer in the text.</source>
        <translation>Đoạn văn đã thay đổi: “%1” không còn trong bài.</translation>
    </message>
    <message>
        <source>Select a note first.</source>
        <translation>Hãy chọn một ghi chú trước.</translation>
    </message>
    <message>
        <source>On “%1”</source>
        <translation>Về đoạn “%1”</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Về cả bài</translation>
    </message>
    <message>
        <source>Write a note about the whole article.</source>
        <translation>Viết ghi chú về cả bài.</translation>
    </message>
    <message>
        <source>Write a note about the selected words.</source>
        <translation>Viết ghi chú về đoạn đã chọn.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2</source>
        <translation>Đã được %1 xử lý lúc %2</translation>
    </message>
    <message>
        <source>No review notes.</source>
        <translation>Chưa có ghi chú duyệt bài.</translation>
    </message>
    <message>
        <source>Open notes: %1</source>
        <translation>Ghi chú chưa xử lý: %1</translation>
    </message>
    <message>
        <source>Show resolved (%1)</source>
        <translation>Hiện ghi chú đã xử lý (%1)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Ghi chú duyệt bài</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Ghi chú duyệt bài</translation>
    </message>
    <message>
        <source>Enter selects the note&apos;s passage in the text.</source>
        <translation>Enter chọn đoạn văn mà ghi chú nói tới.</translation>
    </message>
    <message>
        <source>These notes stay on this computer: the portal has no Newsdesk companion plugin to carry them to other machines.</source>
        <translation>Các ghi chú này chỉ ở trên máy này: cổng không có plugin đồng hành Newsdesk để mang chúng sang máy khác.</translation>
    </message>
</context>
<context>
    <name>newsdesk::RevisionListModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>newsdesk::ScheduleDialog</name>
    <message>
        <source>Schedule publication</source>
        <translation>Lên lịch đăng bài</translation>
    </message>
    <message>
        <source>Publish on:</source>
        <translation>Đăng vào:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lên lịch</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Đăng ngay</translation>
    </message>
    <message>
        <source>Publishes on %1.</source>
        <translation>Sẽ đăng vào %1.</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Giờ đăng</translation>
    </message>
</context>
<context>
    <name>newsdesk::ScheduleTime</name>
    <message>
        <source>Choose a valid date and time.</source>
        <translation>Hãy chọn ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in the portal&apos;s time zone (the clocks skip it). Choose another time.</source>
        <translation>Thời điểm %1 %2 không tồn tại theo múi giờ của cổng thông tin (đồng hồ nhảy qua giờ này). Hãy chọn thời điểm khác.</translation>
    </message>
    <message>
        <source>%1 has already passed (it is now %2). Publish it now instead, or choose a later time.</source>
        <translation>Thời điểm %1 đã qua (bây giờ là %2). Hãy đăng bài ngay, hoặc chọn thời điểm muộn hơn.</translation>
    </message>
    <message>
        <source>%1 is less than 5 minutes from now: the article may be published before the portal receives the schedule.</source>
        <translation>Thời điểm %1 cách bây giờ chưa đến 5 phút: bài viết có thể được đăng trước khi cổng thông tin nhận được lịch đăng.</translation>
    </message>
</context>
<context>
    <name>newsdesk::SecretStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Kho khóa không trả lời kịp.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked.</source>
        <translation>Kho khóa từ chối truy cập; có thể nó đang bị khóa.</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain.</source>
        <translation>Không lưu được mật khẩu vào kho khóa.</translation>
    </message>
    <message>
        <source>Could not read the password from the keychain.</source>
        <translation>Không đọc được mật khẩu từ kho khóa.</translation>
    </message>
    <message>
        <source>Could not remove the password from the keychain.</source>
        <translation>Không xóa được mật khẩu khỏi kho khóa.</translation>
    </message>
    <message>
        <source>No keychain is available (no D-Bus session): the password is kept only until Newsdesk closes.</source>
        <translation>Không có kho khóa (không có phiên D-Bus): mật khẩu chỉ được giữ đến khi đóng Newsdesk.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time: the password is kept only until Newsdesk closes.</source>
        <translation>Kho khóa không trả lời kịp: mật khẩu chỉ được giữ đến khi đóng Newsdesk.</translation>
    </message>
    <message>
        <source>The keychain refused access: the password is kept only until Newsdesk closes.</source>
        <translation>Kho khóa từ chối truy cập: mật khẩu chỉ được giữ đến khi đóng Newsdesk.</translation>
    </message>
    <message>
        <source>No keychain is available (the secret service is missing or failed): the password is kept only until Newsdesk closes.</source>
        <translation>Không có kho khóa (dịch vụ bí mật không có hoặc bị lỗi): mật khẩu chỉ được giữ đến khi đóng Newsdesk.</translation>
    </message>
</context>
<context>
    <name>newsdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Các trang cài đặt</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Soạn thảo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Portal accounts</source>
        <translation>Tài khoản cổng thông tin</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>A new language is used as soon as you close Settings.</source>
        <translation>Ngôn ngữ mới được dùng ngay khi bạn đóng Cài đặt.</translation>
    </message>
    <message>
        <source>The first-run assistant asks for the interface language, your name and your role.</source>
        <translation>Trợ lý bắt đầu hỏi ngôn ngữ giao diện, họ tên và vai trò của bạn.</translation>
    </message>
    <message>
        <source>&amp;Run the first-run assistant again…</source>
        <translation>&amp;Chạy lại trợ lý bắt đầu…</translation>
    </message>
    <message>
        <source>Keeps the changes made here, closes Settings and opens the assistant.</source>
        <translation>Giữ các thay đổi ở đây, đóng Cài đặt và mở trợ lý.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> giây</translation>
    </message>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>Kiểm tra &amp;chính tả khi gõ</translation>
    </message>
    <message>
        <source>&amp;Autosave after a pause of:</source>
        <translation>&amp;Tự lưu sau khi ngừng gõ:</translation>
    </message>
    <message>
        <source>The article is saved this long after you stop typing, and at once when you leave it or close the window.</source>
        <translation>Bài được lưu sau chừng ấy thời gian kể từ khi bạn ngừng gõ, và lưu ngay khi bạn rời bài hoặc đóng cửa sổ.</translation>
    </message>
    <message>
        <source>Misspelt words are underlined with the Vietnamese dictionary. The proofreading rules run either way.</source>
        <translation>Từ sai chính tả được gạch chân theo từ điển tiếng Việt. Các quy tắc soát lỗi vẫn luôn chạy.</translation>
    </message>
    <message>
        <source>Photos put into an article are made smaller to these limits and saved without their hidden data (location, camera). The original files are not changed.</source>
        <translation>Ảnh chèn vào bài được thu nhỏ theo các giới hạn này và lưu lại không kèm dữ liệu ẩn (vị trí, máy ảnh). Tệp ảnh gốc không bị thay đổi.</translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation> px</translation>
    </message>
    <message>
        <source> kB</source>
        <comment>kilobytes</comment>
        <translation> kB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Không giới hạn</translation>
    </message>
    <message>
        <source>&amp;Longest side:</source>
        <translation>Cạnh &amp;dài nhất:</translation>
    </message>
    <message>
        <source>Largest &amp;file size:</source>
        <translation>Dung &amp;lượng tệp tối đa:</translation>
    </message>
    <message>
        <source>A photo larger than the file size is saved at a lower quality until it fits. Photos are never made larger.</source>
        <translation>Ảnh nặng hơn dung lượng này được lưu với chất lượng thấp hơn cho đến khi vừa. Ảnh không bao giờ bị phóng to.</translation>
    </message>
    <message>
        <source>The preview shows an article as the portal&apos;s article page will. Newsdesk has a template of the portal&apos;s page built in; a template of your own is a folder with a page.html file.</source>
        <translation>Bản xem trước hiển thị bài viết như trên trang bài viết của cổng thông tin. Newsdesk có sẵn một mẫu trang cổng; mẫu riêng của bạn là một thư mục có tệp page.html.</translation>
    </message>
    <message>
        <source>&amp;Use the built-in template</source>
        <translation>&amp;Dùng mẫu có sẵn</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Browse for the template folder</source>
        <translation>Chọn thư mục mẫu</translation>
    </message>
    <message>
        <source>Problem with the template folder</source>
        <translation>Lỗi thư mục mẫu</translation>
    </message>
    <message>
        <source>Template &amp;folder:</source>
        <translation>&amp;Thư mục mẫu:</translation>
    </message>
    <message>
        <source>Once a day Newsdesk copies the article store and its photos into the backup folder. The default folder is on the same disk as the store: choose a USB stick or a network folder to be safe from a broken computer too.</source>
        <translation>Mỗi ngày một lần, Newsdesk sao chép kho bài viết và ảnh vào thư mục sao lưu. Thư mục mặc định nằm trên cùng ổ đĩa với kho: hãy chọn USB hoặc thư mục mạng để phòng cả khi máy tính bị hỏng.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Browse for the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
    <message>
        <source>Use the &amp;default folder</source>
        <translation>Dùng thư mục &amp;mặc định</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Số bản sao lưu &amp;giữ lại:</translation>
    </message>
    <message>
        <source>When there are more, the oldest backups are removed.</source>
        <translation>Khi nhiều hơn số này, các bản sao lưu cũ nhất sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Publishing to the portal is not built yet, so there is no account to set up. Portal accounts will be added here together with portal publishing.

Until then everything works offline: articles are written, reviewed, approved, scheduled and exported on this computer.</source>
        <translation>Tính năng đăng bài lên cổng thông tin chưa được xây dựng nên chưa có tài khoản nào để thiết lập. Tài khoản cổng thông tin sẽ được thêm vào đây cùng với tính năng đăng bài lên cổng.

Trong lúc chờ, mọi việc đều làm được mà không cần mạng: bài viết được soạn, gửi duyệt, duyệt, lên lịch và xuất ra ngay trên máy tính này.</translation>
    </message>
    <message>
        <source>Choose the template folder</source>
        <translation>Chọn thư mục mẫu</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Chọn thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>newsdesk::StoreBackup</name>
    <message>
        <source>The disk holding %1 is full. Free some space or choose another backup folder.</source>
        <translation>Ổ đĩa chứa %1 đã đầy. Hãy giải phóng dung lượng hoặc chọn thư mục sao lưu khác.</translation>
    </message>
    <message>
        <source>Newsdesk cannot write to %1. Check the folder&apos;s permissions or choose another backup folder.</source>
        <translation>Newsdesk không ghi được vào %1. Hãy kiểm tra quyền của thư mục hoặc chọn thư mục sao lưu khác.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: %2</source>
        <translation>Đọc hoặc ghi %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The photo file %1 is damaged.</source>
        <translation>Tệp ảnh %1 bị hỏng.</translation>
    </message>
    <message>
        <source>The article store is in use by another program or another Newsdesk window. Close it and try again.</source>
        <translation>Kho bài viết đang được một chương trình khác hoặc một cửa sổ Newsdesk khác sử dụng. Hãy đóng nó rồi thử lại.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be used.</source>
        <translation>Bản sao lưu %1 bị hỏng và không dùng được.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Newsdesk article store.</source>
        <translation>%1 không phải là bản sao lưu kho bài viết Newsdesk.</translation>
    </message>
    <message>
        <source>Newsdesk cannot write in the backup folder %1. Check the folder&apos;s permissions, or choose another backup folder.</source>
        <translation>Newsdesk không ghi được vào thư mục sao lưu %1. Hãy kiểm tra quyền của thư mục, hoặc chọn thư mục sao lưu khác.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or incomplete and cannot be used.</source>
        <translation>Bản sao lưu %1 bị hỏng hoặc không đầy đủ và không dùng được.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Newsdesk (schema %2; this version knows up to %3). Update Newsdesk to restore it.</source>
        <translation>Bản sao lưu %1 được tạo bởi phiên bản Newsdesk mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cập nhật Newsdesk để khôi phục.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Newsdesk. Update Newsdesk to restore it.</source>
        <translation>Bản sao lưu %1 được tạo bởi phiên bản Newsdesk mới hơn. Hãy cập nhật Newsdesk để khôi phục.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>There is no backup %1 in %2.</source>
        <translation>Không có bản sao lưu %1 trong %2.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of saving.</source>
        <translation>Không thể sao lưu khi đang lưu dữ liệu.</translation>
    </message>
    <message>
        <source>The article store is not open.</source>
        <translation>Kho bài viết chưa được mở.</translation>
    </message>
    <message>
        <source>There is not enough free space for a backup in %1 (%2 needed, %3 free). Free some space or choose another backup folder.</source>
        <translation>Không đủ dung lượng trống để sao lưu vào %1 (cần %2, còn %3). Hãy giải phóng dung lượng hoặc chọn thư mục sao lưu khác.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the current articles could not be backed up first: %1</source>
        <translation>Chưa khôi phục gì, vì không sao lưu được các bài viết hiện tại trước: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 Your articles are as they were.</source>
        <translation>Chưa khôi phục được bản sao lưu: %1 Các bài viết của bạn vẫn giữ nguyên.</translation>
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
    <name>newsdesk::SyncEngine</name>
    <message>
        <source>No portal account: connect one first (Portal &gt; Connect account, or newsdesk-cli account add).</source>
        <translation>Chưa có tài khoản cổng: hãy kết nối trước (Cổng thông tin &gt; Kết nối tài khoản, hoặc newsdesk-cli account add).</translation>
    </message>
    <message>
        <source>Publishing to %1 is paused: the portal rejected the password. Enter the application password again.</source>
        <translation>Việc đăng lên %1 đang tạm dừng: cổng đã từ chối mật khẩu. Hãy nhập lại mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>No application password for %1. Enter it to publish.</source>
        <translation>Chưa có mật khẩu ứng dụng của %1. Hãy nhập để đăng bài.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Đã dừng sau %1 lần thử: %2</translation>
    </message>
    <message>
        <source>The operation&apos;s saved article cannot be read.</source>
        <translation>Không đọc được bài viết đã lưu kèm thao tác này.</translation>
    </message>
    <message>
        <source>Not on the portal and not created (your account may not create them): %1.</source>
        <translation>Chưa có trên cổng và không tạo được (tài khoản của bạn không được phép tạo): %1.</translation>
    </message>
    <message>
        <source>“%1” went live at once: the portal publishes a scheduled post immediately when its time is less than a minute away or has passed.</source>
        <translation>“%1” đã được đăng ngay: cổng đăng ngay bài hẹn giờ khi giờ hẹn còn chưa đến một phút hoặc đã qua.</translation>
    </message>
    <message>
        <source>“%1” is scheduled on the portal for %2 (UTC) instead of going live now, because its date there lies in the future.</source>
        <translation>“%1” được cổng hẹn đăng lúc %2 (UTC) thay vì đăng ngay, vì ngày của bài trên cổng nằm ở tương lai.</translation>
    </message>
    <message>
        <source>“%1” has the status “%2” on the portal, not “%3”.</source>
        <translation>“%1” có trạng thái “%2” trên cổng, không phải “%3”.</translation>
    </message>
    <message>
        <source>A photo of this article is missing from the store&apos;s media folder (%1). Insert it again.</source>
        <translation>Một ảnh của bài này không còn trong thư mục ảnh của kho (%1). Hãy chèn lại ảnh.</translation>
    </message>
    <message>
        <source>The portal rejected the password of %1; publishing is paused until you enter it again.</source>
        <translation>Cổng đã từ chối mật khẩu của %1; việc đăng bài tạm dừng cho đến khi bạn nhập lại.</translation>
    </message>
    <message>
        <source>Your portal account may not publish or schedule. Submit the article for review instead; an editor publishes it.</source>
        <translation>Tài khoản cổng của bạn không được đăng hay hẹn giờ đăng. Hãy gửi duyệt bài; biên tập viên sẽ đăng.</translation>
    </message>
    <message>
        <source>Your portal account may not upload photos. Ask an editor to publish the article, or remove its photos.</source>
        <translation>Tài khoản cổng của bạn không được tải ảnh lên. Hãy nhờ biên tập viên đăng bài, hoặc bỏ ảnh khỏi bài.</translation>
    </message>
    <message>
        <source>The post was deleted on the portal. Submit the article again to create it anew.</source>
        <translation>Bài đã bị xóa trên cổng. Hãy gửi lại bài để tạo mới.</translation>
    </message>
    <message>
        <source>The portal refused this (HTTP %1).</source>
        <translation>Cổng từ chối (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal refused this: %1</source>
        <translation>Cổng từ chối: %1</translation>
    </message>
    <message>
        <source>“%1” was also changed on the portal. Choose which version to keep (Portal &gt; Conflicts) before it is sent.</source>
        <translation>“%1” cũng đã bị sửa trên cổng. Hãy chọn bản cần giữ (Cổng thông tin &gt; Xung đột) trước khi gửi.</translation>
    </message>
    <message>
        <source>A second copy of “%1” on the portal could not be removed yet.</source>
        <translation>Chưa xóa được bản sao thứ hai của “%1” trên cổng.</translation>
    </message>
    <message>
        <source>A second copy of a photo on the portal could not be removed yet.</source>
        <translation>Chưa xóa được bản sao thứ hai của một ảnh trên cổng.</translation>
    </message>
    <message>
        <source>The post was deleted on the portal (it is in the trash there). Submit the article again to create it anew.</source>
        <translation>Bài đã bị xóa trên cổng (đang ở thùng rác). Hãy gửi lại bài để tạo mới.</translation>
    </message>
    <message>
        <source>“%1” was due on the portal at %2 and is still not published (WordPress publishes scheduled posts only when someone visits the site). Check the portal, or publish it now.</source>
        <translation>“%1” được hẹn đăng trên cổng lúc %2 nhưng vẫn chưa được đăng (WordPress chỉ đăng bài hẹn giờ khi có người truy cập trang). Hãy kiểm tra cổng, hoặc đăng ngay.</translation>
    </message>
</context>
<context>
    <name>newsdesk::SyncPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <source>Connect the portal account that publishes the articles</source>
        <translation>Kết nối tài khoản cổng dùng để đăng bài</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Nhập mật khẩu…</translation>
    </message>
    <message>
        <source>Enter the application password of the portal account</source>
        <translation>Nhập mật khẩu ứng dụng của tài khoản cổng</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Send the waiting changes to the portal now</source>
        <translation>Gửi ngay các thay đổi đang chờ lên cổng</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Stop sending for now; the changes wait</source>
        <translation>Tạm ngừng gửi; các thay đổi sẽ chờ</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>Đã gửi %v/%m</translation>
    </message>
    <message>
        <source>Photo upload</source>
        <translation>Tải ảnh lên</translation>
    </message>
    <message>
        <source>Changes for the portal</source>
        <translation>Thay đổi gửi lên cổng</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Send the selected failed change again</source>
        <translation>Gửi lại thay đổi bị lỗi đang chọn</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <source>No portal account</source>
        <translation>Chưa có tài khoản cổng</translation>
    </message>
    <message>
        <source>1 item waiting</source>
        <translation>1 mục đang chờ</translation>
    </message>
    <message>
        <source>%1 items waiting</source>
        <translation>%1 mục đang chờ</translation>
    </message>
    <message>
        <source>Stopping after the current item…</source>
        <translation>Sẽ dừng sau mục đang gửi…</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Đang gửi %1/%2…</translation>
    </message>
    <message>
        <source>Connecting to the portal…</source>
        <translation>Đang kết nối tới cổng…</translation>
    </message>
    <message>
        <source>Paused: the portal rejected the password</source>
        <translation>Tạm dừng: cổng đã từ chối mật khẩu</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Không có gì để gửi</translation>
    </message>
    <message>
        <source>Password needed — %1</source>
        <translation>Cần mật khẩu — %1</translation>
    </message>
    <message>
        <source>Password needed to publish</source>
        <translation>Cần mật khẩu để đăng bài</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Tạm dừng — %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Mất kết nối — %1</translation>
    </message>
    <message>
        <source>1 item failed</source>
        <translation>1 mục bị lỗi</translation>
    </message>
    <message>
        <source>%1 items failed</source>
        <translation>%1 mục bị lỗi</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã cập nhật đầy đủ</translation>
    </message>
    <message>
        <source>offline — %1</source>
        <translation>mất kết nối — %1</translation>
    </message>
    <message>
        <source>1 item waiting to be sent</source>
        <translation>1 mục đang chờ gửi</translation>
    </message>
    <message>
        <source>%1 items waiting to be sent</source>
        <translation>%1 mục đang chờ gửi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Send the waiting changes again</source>
        <translation>Tiếp tục gửi các thay đổi đang chờ</translation>
    </message>
    <message>
        <source>Photo: %1 of %2</source>
        <translation>Ảnh: %1/%2</translation>
    </message>
</context>
<context>
    <name>newsdesk::Workflow</name>
    <message>
        <source>Submit</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lên lịch</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Hủy lịch đăng</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Đăng bài</translation>
    </message>
    <message>
        <source>Withdraw from the portal</source>
        <translation>Gỡ khỏi cổng thông tin</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>It is already waiting for approval.</source>
        <translation>Bài viết đã được gửi và đang chờ duyệt.</translation>
    </message>
    <message>
        <source>It is already approved. Editing the text withdraws the approval; submit it again after that.</source>
        <translation>Bài viết đã được duyệt. Nếu sửa nội dung, bài sẽ mất kết quả duyệt; khi đó hãy gửi duyệt lại.</translation>
    </message>
    <message>
        <source>It is published and its text has not changed since. Edit it before submitting the changes for approval.</source>
        <translation>Bài viết đã được đăng và nội dung chưa thay đổi kể từ đó. Hãy sửa bài trước khi gửi duyệt các thay đổi.</translation>
    </message>
    <message>
        <source>It is archived. Restore it first.</source>
        <translation>Bài viết đang được lưu trữ. Hãy khôi phục bài trước.</translation>
    </message>
    <message>
        <source>It has to be submitted for review before it can be approved.</source>
        <translation>Bài viết phải được gửi duyệt trước khi có thể duyệt.</translation>
    </message>
    <message>
        <source>Changes were requested: the writer has to revise it and submit it again before it can be approved.</source>
        <translation>Bài viết đã bị yêu cầu sửa: người viết phải sửa lại và gửi duyệt lại trước khi bài có thể được duyệt.</translation>
    </message>
    <message>
        <source>It is already approved.</source>
        <translation>Bài viết đã được duyệt.</translation>
    </message>
    <message>
        <source>The changes to this published article have to be submitted for review before they can be approved.</source>
        <translation>Các thay đổi của bài đã đăng này phải được gửi duyệt trước khi có thể duyệt.</translation>
    </message>
    <message>
        <source>It is already published.</source>
        <translation>Bài viết đã được đăng.</translation>
    </message>
    <message>
        <source>Changes can be requested only for an article that is in review, approved or scheduled.</source>
        <translation>Chỉ có thể yêu cầu sửa đối với bài viết đang chờ duyệt, đã duyệt hoặc đã lên lịch.</translation>
    </message>
    <message>
        <source>Write a note saying what has to change.</source>
        <translation>Hãy viết ghi chú nêu rõ những gì cần sửa.</translation>
    </message>
    <message>
        <source>The current text is not the text that was approved. Submit it for review again.</source>
        <translation>Nội dung hiện tại không phải là nội dung đã được duyệt. Hãy gửi duyệt lại.</translation>
    </message>
    <message>
        <source>It has to be approved before it can be scheduled.</source>
        <translation>Bài viết phải được duyệt trước khi có thể lên lịch.</translation>
    </message>
    <message>
        <source>An earlier version is on the portal: publish the changes now, or withdraw it before scheduling.</source>
        <translation>Một bản trước đó của bài đang có trên cổng thông tin: hãy đăng ngay các thay đổi, hoặc gỡ bài khỏi cổng trước khi lên lịch.</translation>
    </message>
    <message>
        <source>The changes to this published article have to be approved before they can be published.</source>
        <translation>Các thay đổi của bài đã đăng này phải được duyệt trước khi có thể đăng.</translation>
    </message>
    <message>
        <source>It has to be approved before it can be published.</source>
        <translation>Bài viết phải được duyệt trước khi có thể đăng.</translation>
    </message>
    <message>
        <source>It is on the portal. Withdraw it before archiving it.</source>
        <translation>Bài viết đang có trên cổng thông tin. Hãy gỡ bài khỏi cổng trước khi lưu trữ.</translation>
    </message>
    <message>
        <source>Only an approver can archive an article that is in review, approved, scheduled or withdrawn.</source>
        <translation>Chỉ người duyệt mới có thể lưu trữ bài viết đang chờ duyệt, đã duyệt, đã lên lịch hoặc đã gỡ.</translation>
    </message>
    <message>
        <source>Only an approver can approve articles.</source>
        <translation>Chỉ người duyệt mới có thể duyệt bài.</translation>
    </message>
    <message>
        <source>Only an approver can request changes.</source>
        <translation>Chỉ người duyệt mới có thể yêu cầu sửa.</translation>
    </message>
    <message>
        <source>Only an approver can schedule articles.</source>
        <translation>Chỉ người duyệt mới có thể lên lịch đăng bài.</translation>
    </message>
    <message>
        <source>Only an approver can cancel a scheduled publication.</source>
        <translation>Chỉ người duyệt mới có thể hủy lịch đăng bài.</translation>
    </message>
    <message>
        <source>It is not scheduled.</source>
        <translation>Bài viết chưa được lên lịch.</translation>
    </message>
    <message>
        <source>Only an approver can publish articles.</source>
        <translation>Chỉ người duyệt mới có thể đăng bài.</translation>
    </message>
    <message>
        <source>Only an approver can withdraw an article from the portal.</source>
        <translation>Chỉ người duyệt mới có thể gỡ bài khỏi cổng thông tin.</translation>
    </message>
    <message>
        <source>It is not on the portal.</source>
        <translation>Bài viết không có trên cổng thông tin.</translation>
    </message>
    <message>
        <source>It is not archived.</source>
        <translation>Bài viết không ở trạng thái lưu trữ.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Thao tác không xác định.</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Người viết</translation>
    </message>
</context>
<context>
    <name>newsdesk::WorkflowBar</name>
    <message>
        <source>Request changes</source>
        <translation>Yêu cầu sửa</translation>
    </message>
    <message>
        <source>What should the writer change?</source>
        <translation>Người viết cần sửa những gì?</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Trạng thái: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing will withdraw the approval&lt;/b&gt;: once a change is saved, the article goes back to Draft and must be approved again.</source>
        <translation>&lt;b&gt;Sửa bài sẽ hủy việc duyệt&lt;/b&gt;: khi thay đổi được lưu, bài trở về Bản nháp và phải được duyệt lại.</translation>
    </message>
    <message>
        <source>The portal shows the approved text until this one is approved.</source>
        <translation>Cổng thông tin vẫn hiển thị bản đã duyệt cho đến khi bản này được duyệt.</translation>
    </message>
    <message>
        <source>Workflow actions</source>
        <translation>Thao tác duyệt bài</translation>
    </message>
</context>
<context>
    <name>newsdesk::WorkflowService</name>
    <message>
        <source>Enter your name in your profile first: the review history records who did what.</source>
        <translation>Hãy nhập tên của bạn vào hồ sơ trước: lịch sử duyệt bài ghi lại ai đã làm gì.</translation>
    </message>
    <message>
        <source>Choose when the article should be published.</source>
        <translation>Hãy chọn thời điểm đăng bài.</translation>
    </message>
    <message>
        <source>The text has changed since you opened it. Read the current text before you act on it.</source>
        <translation>Nội dung đã thay đổi kể từ khi bạn mở bài. Hãy đọc nội dung hiện tại trước khi thao tác.</translation>
    </message>
    <message>
        <source>Only an approver can add review notes.</source>
        <translation>Chỉ người duyệt mới có thể thêm ghi chú duyệt bài.</translation>
    </message>
    <message>
        <source>The text was edited after it was approved; it has to be submitted for review again.</source>
        <translation>Nội dung đã được sửa sau khi duyệt; bài phải được gửi duyệt lại.</translation>
    </message>
</context>
<context>
    <name>newsdesk::WorkflowStore</name>
    <message>
        <source>No article %1 in this store.</source>
        <translation>Không có bài viết %1 trong kho này.</translation>
    </message>
</context>
<context>
    <name>newsdesk::WpErrors</name>
    <message>
        <source>“%1” is not a web address Newsdesk can use. Enter the portal&apos;s address, for example https://example.com.</source>
        <translation>“%1” không phải là địa chỉ web mà Newsdesk dùng được. Hãy nhập địa chỉ của cổng thông tin, ví dụ https://example.com.</translation>
    </message>
    <message>
        <source>Enter the user name and the application password.</source>
        <translation>Hãy nhập tên người dùng và mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>%1 uses plain http, so the password would travel unencrypted. Use https, or allow plain http for this host explicitly.</source>
        <translation>%1 dùng http thường, nên mật khẩu sẽ được gửi đi không mã hóa. Hãy dùng https, hoặc cho phép rõ ràng http thường với máy chủ này.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering for %2 seconds. Check the connection and try again.</source>
        <translation>%1 đã ngừng trả lời trong %2 giây. Hãy kiểm tra kết nối rồi thử lại.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Newsdesk does not connect to a site whose certificate cannot be trusted.</source>
        <translation>Kết nối bảo mật tới %1 không thành công: %2. Newsdesk không kết nối tới trang có chứng chỉ không đáng tin cậy.</translation>
    </message>
    <message>
        <source>%1 does not look like a WordPress site: it does not answer the WordPress REST API. Check the address.</source>
        <translation>%1 có vẻ không phải là trang WordPress: trang không trả lời WordPress REST API. Hãy kiểm tra lại địa chỉ.</translation>
    </message>
    <message>
        <source>The WordPress REST API is turned off on %1 (often by a security plugin). Ask the site&apos;s administrator to allow it for logged-in users.</source>
        <translation>WordPress REST API đang bị tắt trên %1 (thường do một plugin bảo mật). Hãy nhờ quản trị viên của trang cho phép nó với người dùng đã đăng nhập.</translation>
    </message>
    <message>
        <source>Application Passwords are not available on %1. WordPress offers them only over HTTPS (or on a local development site), and a plugin can turn them off.</source>
        <translation>Mật khẩu ứng dụng không dùng được trên %1. WordPress chỉ cung cấp chúng qua HTTPS (hoặc trên trang phát triển cục bộ), và một plugin có thể tắt chúng.</translation>
    </message>
    <message>
        <source>The user name or the application password is wrong. You can create a new application password in WordPress under Users → Profile.</source>
        <translation>Tên người dùng hoặc mật khẩu ứng dụng không đúng. Bạn có thể tạo mật khẩu ứng dụng mới trong WordPress tại Người dùng → Hồ sơ.</translation>
    </message>
    <message>
        <source>%1 sent an answer Newsdesk cannot read.</source>
        <translation>%1 đã gửi một câu trả lời mà Newsdesk không đọc được.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB; Newsdesk stopped reading it.</source>
        <translation>%1 đã gửi một câu trả lời lớn hơn %2 MB; Newsdesk đã ngừng đọc.</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation>%1 trả lời bằng một lỗi (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2): %3</source>
        <translation>%1 trả lời bằng một lỗi (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Connect to the portal first.</source>
        <translation>Hãy kết nối với cổng thông tin trước.</translation>
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
    <message>
        <source>check: unknown option %1.</source>
        <translation>check: tùy chọn không xác định %1.</translation>
    </message>
    <message>
        <source>check: give one article id or file.</source>
        <translation>check: hãy chỉ định một mã bài viết hoặc một tệp.</translation>
    </message>
    <message>
        <source>check: --words and --dictionary need a path.</source>
        <translation>check: --words và --dictionary cần đường dẫn.</translation>
    </message>
    <message>
        <source>spell checking is off: %1</source>
        <translation>không kiểm tra chính tả: %1</translation>
    </message>
    <message>
        <source>check: --words needs the spelling dictionary.</source>
        <translation>check: --words cần có từ điển chính tả.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện lỗi nào.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã gửi duyệt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>đã yêu cầu sửa</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>đã hẹn giờ đăng</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>đã hủy hẹn giờ</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã đăng</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã gỡ khỏi cổng</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>đã lưu trữ</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <source>Scheduled for: %1</source>
        <translation>Hẹn đăng lúc: %1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Người duyệt: %1</translation>
    </message>
    <message>
        <source>%1: unknown option %2.</source>
        <translation>%1: không có tùy chọn %2.</translation>
    </message>
    <message>
        <source>%1: give one article id.</source>
        <translation>%1: cần đúng một mã bài viết.</translation>
    </message>
    <message>
        <source>schedule: give the time with --at &quot;dd/MM/yyyy HH:mm&quot; (portal time).</source>
        <translation>schedule: cần thời điểm đăng, --at &quot;dd/MM/yyyy HH:mm&quot; (giờ của cổng).</translation>
    </message>
    <message>
        <source>schedule: --at must look like &quot;16/01/2026 07:30&quot; (dd/MM/yyyy HH:mm, portal time).</source>
        <translation>schedule: --at phải có dạng &quot;16/01/2026 07:30&quot; (dd/MM/yyyy HH:mm, giờ của cổng).</translation>
    </message>
    <message>
        <source>%1: --at is only for schedule.</source>
        <translation>%1: --at chỉ dùng với schedule.</translation>
    </message>
    <message>
        <source>audit: unknown option %1.</source>
        <translation>audit: không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>audit: the only subcommand is &apos;verify&apos;.</source>
        <translation>audit: chỉ có lệnh con &apos;verify&apos;.</translation>
    </message>
    <message>
        <source>audit chain broken at event %1: %2</source>
        <translation>lịch sử duyệt bị sửa đổi tại sự kiện %1: %2</translation>
    </message>
    <message>
        <source>audit chain intact: %1 events</source>
        <translation>lịch sử duyệt nguyên vẹn: %1 sự kiện</translation>
    </message>
    <message>
        <source>profile: unknown option %1.</source>
        <translation>profile: không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>profile: use &apos;profile show&apos; or &apos;profile set&apos;.</source>
        <translation>profile: dùng &apos;profile show&apos; hoặc &apos;profile set&apos;.</translation>
    </message>
    <message>
        <source>profile: --name and --role go with &apos;profile set&apos;.</source>
        <translation>profile: --name và --role đi với &apos;profile set&apos;.</translation>
    </message>
    <message>
        <source>profile set: give --name NAME, --role writer|approver, or both.</source>
        <translation>profile set: cần --name TÊN, --role writer|approver, hoặc cả hai.</translation>
    </message>
    <message>
        <source>profile set: --role must be writer or approver.</source>
        <translation>profile set: --role phải là writer hoặc approver.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Tên: %1</translation>
    </message>
    <message>
        <source>(not set: profile set --name NAME)</source>
        <translation>(chưa đặt: profile set --name TÊN)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <source>%1 (from the portal account)</source>
        <translation>%1 (theo tài khoản trên cổng)</translation>
    </message>
    <message>
        <source>inbox: unknown option %1.</source>
        <translation>inbox: không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>inbox: unexpected argument &apos;%1&apos;.</source>
        <translation>inbox: thừa tham số &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Waiting for my approval: %1</source>
        <translation>Chờ tôi duyệt: %1</translation>
    </message>
    <message>
        <source>Returned to me: %1</source>
        <translation>Trả lại cho tôi: %1</translation>
    </message>
    <message>
        <source>--log needs a folder.</source>
        <translation>--log cần một thư mục.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>export: --format must be html, json or pdf.</source>
        <translation>export: --format phải là html, json hoặc pdf.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>restore: unknown option %1.</source>
        <translation>restore: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>restore: --backup takes one backup name or folder, nothing else.</source>
        <translation>restore: --backup nhận đúng một tên hoặc thư mục sao lưu.</translation>
    </message>
    <message>
        <source>restore: --from goes with --backup.</source>
        <translation>restore: --from dùng với --backup.</translation>
    </message>
    <message>
        <source>backup: unknown option %1.</source>
        <translation>backup: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>backup: use &apos;backup&apos; or &apos;backup list&apos;.</source>
        <translation>backup: dùng &apos;backup&apos; hoặc &apos;backup list&apos;.</translation>
    </message>
    <message>
        <source>backup: --to and --from need a folder.</source>
        <translation>backup: --to và --from cần một thư mục.</translation>
    </message>
    <message>
        <source>backup: --keep needs a number of at least 1.</source>
        <translation>backup: --keep cần một số từ 1 trở lên.</translation>
    </message>
    <message>
        <source>backup list: --keep goes with &apos;backup&apos;.</source>
        <translation>backup list: --keep dùng với &apos;backup&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Không có bản sao lưu nào trong %1.</translation>
    </message>
    <message>
        <source>backed up %1 and %2 to %3</source>
        <translation>đã sao lưu %1 và %2 vào %3</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the store were missing or damaged and are not in the backup.</source>
        <translation>
            <numerusform>%n ảnh của kho bị thiếu hoặc hỏng và không có trong bản sao lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>restored %1 (%2)</source>
        <translation>đã khôi phục %1 (%2)</translation>
    </message>
    <message>
        <source>the articles from before the restore are in %1</source>
        <translation>các bài viết trước khi khôi phục nằm trong %1</translation>
    </message>
    <message>
        <source>account: unknown option %1.</source>
        <translation>account: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>account: use &apos;account add&apos;, &apos;account list&apos; or &apos;account remove&apos;.</source>
        <translation>account: dùng &apos;account add&apos;, &apos;account list&apos; hoặc &apos;account remove&apos;.</translation>
    </message>
    <message>
        <source>account add: give --url URL and --user NAME.</source>
        <translation>account add: hãy cho --url URL và --user TÊN.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Múi giờ: %1</translation>
    </message>
    <message>
        <source>Password: in the keychain</source>
        <translation>Mật khẩu: trong kho khóa</translation>
    </message>
    <message>
        <source>Password: not stored (give it when you sync)</source>
        <translation>Mật khẩu: không lưu (nhập khi đồng bộ)</translation>
    </message>
    <message>
        <source>Paused: the portal rejected the password.</source>
        <translation>Tạm dừng: cổng đã từ chối mật khẩu.</translation>
    </message>
    <message>
        <source>No portal account. Add one with: account add --url URL --user NAME --password-stdin</source>
        <translation>Chưa có tài khoản cổng. Thêm bằng: account add --url URL --user TÊN --password-stdin</translation>
    </message>
    <message>
        <source>There is no portal account to remove.</source>
        <translation>Không có tài khoản cổng nào để gỡ.</translation>
    </message>
    <message>
        <source>Removed the account %1 at %2.</source>
        <translation>Đã gỡ tài khoản %1 tại %2.</translation>
    </message>
    <message>
        <source>account add: give the application password on standard input with --password-stdin, or in NEWSDESK_APP_PASSWORD.</source>
        <translation>account add: hãy đưa mật khẩu ứng dụng qua đầu vào chuẩn với --password-stdin, hoặc trong NEWSDESK_APP_PASSWORD.</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Việc kiểm tra không hoàn tất.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) as %3 (%4): %5.</source>
        <translation>Đã kết nối với %1 (%2) bằng %3 (%4): %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n chuyên mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n thẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Mật khẩu đã được cất trong kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin or NEWSDESK_APP_PASSWORD when you sync.</source>
        <translation>Hãy đưa mật khẩu bằng --password-stdin hoặc NEWSDESK_APP_PASSWORD khi đồng bộ.</translation>
    </message>
    <message>
        <source>sync: unknown option %1.</source>
        <translation>sync: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>sync: use &apos;sync [--push-only|--pull-only]&apos; or &apos;sync status&apos;.</source>
        <translation>sync: dùng &apos;sync [--push-only|--pull-only]&apos; hoặc &apos;sync status&apos;.</translation>
    </message>
    <message>
        <source>sync: --push-only and --pull-only exclude each other.</source>
        <translation>sync: không dùng --push-only cùng với --pull-only.</translation>
    </message>
    <message>
        <source>Sync: %1 sent, %2 done, %3 found on the portal and adopted, %4 failed, %5 waiting; %6 photos uploaded; %7 requests in %8 s.</source>
        <translation>Đồng bộ: gửi %1, xong %2, tìm thấy trên cổng và giữ lại %3, lỗi %4, đang chờ %5; tải lên %6 ảnh; %7 yêu cầu trong %8 giây.</translation>
    </message>
    <message>
        <source>Categories, tags and the time zone are up to date.</source>
        <translation>Chuyên mục, thẻ và múi giờ đã được cập nhật.</translation>
    </message>
    <message>
        <source>The portal could not be reached; what is left waits for the next sync.</source>
        <translation>Không kết nối được tới cổng; phần còn lại chờ lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>Portal: %1 as %2%3</source>
        <translation>Cổng: %1, tài khoản %2%3</translation>
    </message>
    <message>
        <source> (paused: enter the password again)</source>
        <translation> (tạm dừng: hãy nhập lại mật khẩu)</translation>
    </message>
    <message>
        <source>Portal: no account</source>
        <translation>Cổng: chưa có tài khoản</translation>
    </message>
    <message>
        <source>To send: %1; waiting to retry: %2; failed: %3; sent: %4</source>
        <translation>Chờ gửi: %1; chờ thử lại: %2; lỗi: %3; đã gửi: %4</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>thử lại lúc %1</translation>
    </message>
    <message>
        <source>share: unknown option %1.</source>
        <translation>share: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>share: give one article id.</source>
        <translation>share: hãy cho mã của một bài.</translation>
    </message>
    <message>
        <source>“%1” will be sent to the portal as a draft at the next sync.</source>
        <translation>“%1” sẽ được gửi lên cổng dưới dạng bản nháp ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>From the portal: %1 new here, %2 updated, %3 conflicts to resolve (newsdesk-cli conflicts).</source>
        <translation>Từ cổng: %1 bài mới ở đây, %2 bài được cập nhật, %3 xung đột cần giải quyết (newsdesk-cli conflicts).</translation>
    </message>
    <message>
        <source>Missed schedule: %1</source>
        <translation>Lỡ giờ hẹn: %1</translation>
    </message>
    <message>
        <source>conflicts: unknown option %1.</source>
        <translation>conflicts: tùy chọn không rõ %1.</translation>
    </message>
    <message>
        <source>conflicts: use &apos;conflicts&apos;, or &apos;conflicts resolve N&apos; with one of --mine, --theirs, --merged FILE.</source>
        <translation>conflicts: dùng &apos;conflicts&apos;, hoặc &apos;conflicts resolve N&apos; với một trong --mine, --theirs, --merged TỆP.</translation>
    </message>
    <message>
        <source>conflicts resolve: N is the number &apos;conflicts&apos; shows.</source>
        <translation>conflicts resolve: N là số mà lệnh &apos;conflicts&apos; hiển thị.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>Không có xung đột %1 nào đang mở.</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>Đã giải quyết xung đột %1.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Không có xung đột.</translation>
    </message>
</context>
<context>
    <name>newsdesk::cli::PdfRenderer</name>
    <message>
        <source>PDF export needs newsdesk-render, which is not installed next to newsdesk-cli.</source>
        <translation>Xuất PDF cần chương trình newsdesk-render, nhưng chương trình này không được cài cạnh newsdesk-cli.</translation>
    </message>
    <message>
        <source>Could not start newsdesk-render: %1</source>
        <translation>Không khởi động được newsdesk-render: %1</translation>
    </message>
    <message>
        <source>Printing the PDF took too long and was stopped.</source>
        <translation>In ra PDF mất quá nhiều thời gian nên đã bị dừng.</translation>
    </message>
    <message>
        <source>Printing the PDF failed.</source>
        <translation>In ra PDF không thành công.</translation>
    </message>
</context>
<context>
    <name>newsdesk::preview::ArticleHandOffActions</name>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Xuất ra &amp;HTML…</translation>
    </message>
    <message>
        <source>A web page with the article and its photos, as the portal shows it</source>
        <translation>Một trang web gồm bài viết và ảnh, như cổng thông tin hiển thị</translation>
    </message>
    <message>
        <source>Export the article into a folder</source>
        <translation>Xuất bài viết vào một thư mục</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Xuất ra &amp;PDF…</translation>
    </message>
    <message>
        <source>An A4 PDF as the portal shows the article, for printing and signing</source>
        <translation>Tệp PDF khổ A4 như cổng thông tin hiển thị bài, để in và ký duyệt</translation>
    </message>
    <message>
        <source>Export the article as PDF</source>
        <translation>Xuất bài viết ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Copy for the portal</source>
        <translation>&amp;Sao chép để đăng lên cổng</translation>
    </message>
    <message>
        <source>Put the article on the clipboard, ready to paste into the portal&apos;s own editor</source>
        <translation>Đưa bài viết vào bộ nhớ tạm, sẵn sàng dán vào trình soạn thảo của cổng thông tin</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài viết trước.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>The PDF is saved.</source>
        <translation>Đã lưu tệp PDF.</translation>
    </message>
    <message>
        <source>Exporting the PDF…</source>
        <translation>Đang xuất PDF…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the portal&apos;s editor: the text, the photos, the time and author lines come along.</source>
        <translation>Đã sao chép. Hãy dán vào trình soạn thảo của cổng: nội dung, ảnh, dòng thời gian và tác giả đều đi kèm.</translation>
    </message>
</context>
<context>
    <name>newsdesk::preview::PdfExporter</name>
    <message>
        <source>A PDF export is already running.</source>
        <translation>Đang xuất một tệp PDF khác.</translation>
    </message>
    <message>
        <source>The folder for “%1” does not exist.</source>
        <translation>Thư mục của “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The article page could not be laid out for printing.</source>
        <translation>Không dàn trang được bài viết để in.</translation>
    </message>
    <message>
        <source>Could not write the PDF “%1”. Is the disk full or the folder read-only?</source>
        <translation>Không ghi được tệp PDF “%1”. Ổ đĩa đã đầy hay thư mục chỉ cho đọc?</translation>
    </message>
    <message>
        <source>Could not write the PDF “%1”.</source>
        <translation>Không ghi được tệp PDF “%1”.</translation>
    </message>
</context>
<context>
    <name>newsdesk::preview::PreviewPane</name>
    <message>
        <source>Desktop</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Show the page 1200 pixels wide, as on a computer</source>
        <translation>Hiển thị trang rộng 1200 điểm ảnh, như trên máy tính</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Máy tính bảng</translation>
    </message>
    <message>
        <source>Show the page 768 pixels wide, as on a tablet</source>
        <translation>Hiển thị trang rộng 768 điểm ảnh, như trên máy tính bảng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Show the page 375 pixels wide, as on a phone</source>
        <translation>Hiển thị trang rộng 375 điểm ảnh, như trên điện thoại</translation>
    </message>
    <message>
        <source>The preview is starting…</source>
        <translation>Đang khởi động bản xem trước…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message numerus="yes">
        <source>%n outside request(s) blocked</source>
        <translation>
            <numerusform>Đã chặn %n yêu cầu ra ngoài</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview loads nothing from the network. Blocked: %1</source>
        <translation>Bản xem trước không tải gì từ mạng. Đã chặn: %1</translation>
    </message>
    <message>
        <source>Portal preview</source>
        <translation>Xem trước trên cổng</translation>
    </message>
</context>
<context>
    <name>newsdesk::proofread::RuleText</name>
    <message>
        <source>Repeated word</source>
        <translation>Lặp từ</translation>
    </message>
    <message>
        <source>Missing space after punctuation</source>
        <translation>Thiếu dấu cách sau dấu câu</translation>
    </message>
    <message>
        <source>Words run together</source>
        <translation>Chữ viết dính liền</translation>
    </message>
    <message>
        <source>Unmatched quote or bracket</source>
        <translation>Dấu ngoặc hoặc ngoặc kép không khớp</translation>
    </message>
    <message>
        <source>Extra space</source>
        <translation>Thừa dấu cách</translation>
    </message>
    <message>
        <source>Decomposed characters</source>
        <translation>Chữ dùng Unicode tổ hợp</translation>
    </message>
    <message>
        <source>Inconsistent tone mark placement</source>
        <translation>Vị trí dấu thanh không thống nhất</translation>
    </message>
    <message>
        <source>Wrong tone mark or hook</source>
        <translation>Sai dấu thanh hoặc dấu mũ, dấu móc</translation>
    </message>
    <message>
        <source>“%1” looks like words run together: “%2”.</source>
        <translation>“%1” có vẻ là các chữ bị viết dính liền: “%2”.</translation>
    </message>
    <message>
        <source>“%1” looks like words run together: %2.</source>
        <translation>“%1” có vẻ là các chữ bị viết dính liền: %2.</translation>
    </message>
    <message>
        <source>This article mostly puts the tone mark on the second vowel (hoà, thuỷ): “%1” rather than “%2”.</source>
        <translation>Bài này chủ yếu đặt dấu thanh ở nguyên âm thứ hai (hoà, thuỷ): nên viết “%1” thay vì “%2”.</translation>
    </message>
    <message>
        <source>This article mostly puts the tone mark on the first vowel (hòa, thủy): “%1” rather than “%2”.</source>
        <translation>Bài này chủ yếu đặt dấu thanh ở nguyên âm thứ nhất (hòa, thủy): nên viết “%1” thay vì “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a Vietnamese syllable; perhaps “%2”.</source>
        <translation>“%1” không phải là âm tiết tiếng Việt; có thể là “%2”.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>“%1” bị viết lặp hai lần.</translation>
    </message>
    <message>
        <source>Missing space after “%1”.</source>
        <translation>Thiếu dấu cách sau “%1”.</translation>
    </message>
    <message>
        <source>Space before “%1”.</source>
        <translation>Thừa dấu cách trước “%1”.</translation>
    </message>
    <message>
        <source>Several spaces in a row.</source>
        <translation>Nhiều dấu cách liền nhau.</translation>
    </message>
    <message>
        <source>“%1” is built from combining marks (pasted from another program?); it should be composed letters.</source>
        <translation>“%1” được ghép từ các dấu tổ hợp (dán từ chương trình khác?); nên dùng chữ dựng sẵn.</translation>
    </message>
    <message>
        <source>%1 is opened but never closed.</source>
        <translation>Dấu %1 được mở nhưng không có dấu đóng.</translation>
    </message>
    <message>
        <source>%1 closes something that was never opened.</source>
        <translation>Dấu %1 đóng nhưng không có dấu mở tương ứng.</translation>
    </message>
</context>
<context>
    <name>newsdesk::proofread::SpellChecker</name>
    <message>
        <source>The spelling dictionary %1 is missing or cannot be read.</source>
        <translation>Từ điển chính tả %1 không có hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 uses the encoding %2, which Newsdesk cannot read.</source>
        <translation>Từ điển chính tả %1 dùng bảng mã %2, Newsdesk không đọc được bảng mã này.</translation>
    </message>
    <message>
        <source>The word list %1 cannot be read: %2</source>
        <translation>Không đọc được danh sách từ %1: %2</translation>
    </message>
    <message>
        <source>The word list %1 is not UTF-8 text.</source>
        <translation>Danh sách từ %1 không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>The word list %1 cannot be written: %2</source>
        <translation>Không ghi được danh sách từ %1: %2</translation>
    </message>
</context>
<context>
    <name>newsdesk::render::PortalTemplate</name>
    <message>
        <source>%1 is missing.</source>
        <translation>Thiếu tệp %1.</translation>
    </message>
    <message>
        <source>%1 is too big (%2 KB); the limit is %3 KB.</source>
        <translation>%1 quá lớn (%2 KB); giới hạn là %3 KB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>không phải là tệp</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Thư mục mẫu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is not in the template folder.</source>
        <translation>%1 tham chiếu tới %2, nhưng tệp này không có trong thư mục mẫu.</translation>
    </message>
    <message>
        <source>%1 is not a valid template manifest: %2</source>
        <translation>%1 không phải tệp mô tả mẫu hợp lệ: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>cần một đối tượng JSON</translation>
    </message>
    <message>
        <source>%1 is missing: every template needs a page.html.</source>
        <translation>Thiếu %1: mẫu nào cũng cần có page.html.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown placeholder %3.</source>
        <translation>%1, dòng %2: chỗ điền không xác định %3.</translation>
    </message>
    <message>
        <source>%1, line %2: a placeholder is not closed with }} on its line: %3</source>
        <translation>%1, dòng %2: chỗ điền chưa được đóng bằng }} trên cùng dòng: %3</translation>
    </message>
    <message>
        <source>%1, line %2: %3 does not close the section opened last.</source>
        <translation>%1, dòng %2: %3 không đóng đúng phần được mở gần nhất.</translation>
    </message>
    <message>
        <source>%1: the section %2 is never closed.</source>
        <translation>%1: phần %2 không được đóng.</translation>
    </message>
    <message>
        <source>%1 has no %2 placeholder; every template needs one.</source>
        <translation>%1 không có chỗ điền %2; mẫu nào cũng cần có.</translation>
    </message>
    <message>
        <source>%1 refers to %2: a template may only load its own files (through {{asset:…}}) and data: URLs.</source>
        <translation>%1 tham chiếu tới %2: mẫu chỉ được nạp tệp của chính nó (qua {{asset:…}}) và URL data:.</translation>
    </message>
    <message>
        <source>%1 uses @import; list every stylesheet in template.json instead.</source>
        <translation>%1 dùng @import; hãy liệt kê mọi bảng kiểu trong template.json.</translation>
    </message>
    <message>
        <source>%1 refers to %2: a template may only load its own files and data: URLs.</source>
        <translation>%1 tham chiếu tới %2: mẫu chỉ được nạp tệp của chính nó và URL data:.</translation>
    </message>
</context>
</TS>
