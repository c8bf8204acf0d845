<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BriefingMixin</name>
        <message>
            <source>The briefing “{name}” cannot be read ({error}): it is left as it is, and what you add now goes into a new briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is editing this briefing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete briefing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the briefing “{name}”? Its pins stay on the Pinboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” cannot go into a briefing: its saved view is gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added to the briefing “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note (not cited; blank lines start new paragraphs):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note holds at most {most} characters; this one has {count}. Split it into several notes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s), {sources} cited.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n 个来源</numerusform>
            </translation>
        </message>
        <message>
            <source>Export briefing as {format}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the briefing to {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {error}. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefing written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Briefing sent to the printer (%n page(s)).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CollectionsDialog</name>
        <message>
            <source>Manage collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The curated records come from the articles and cannot be changed here. Each imported dataset is a collection of its own: shown beside the curated records, never added to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">名称</translation>
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Re-import a newer release…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No imported collections yet: File &gt; Import dataset…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CollectionsMixin</name>
        <message>
            <source>Checking the rows of {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed: {reason}.

Nothing was imported; what you had is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import failed: a fault in BRI Desktop ({error}); details are in the log.

Nothing was imported; what you had is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing imported from {file}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Importing %n record(s)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) as the collection '{name}': shown in Projects, beside the curated records.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Show the collection {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove collection</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove the collection '{name}' (%n record(s) imported from {file})?

Its records leave the app; your file is not touched, and you can import it again.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Renamed the collection to '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed the collection '{name}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage collections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>USD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USD m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>USD bn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-import a collection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a CGIT workbook, an AidData file or any table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ch&amp;oose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect from the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row holding the column names; 'found' looks for it below any title rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding (CSV):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collection &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns to fields (a table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} (required):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit of the amounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amounts in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check and import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message}

Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading cancelled: choose the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the format says (CGIT: its datasets; others: the first)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as {encoding}. Format: {format}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s). Format: {format}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>found: row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Replaces the collection '{name}' (%n record(s)): a newer release replaces the old one, it is not added to it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A new collection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name for the new release of '{replaced}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping is not complete:
{problems}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReview</name>
        <message>
            <source>Import dataset: check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import check</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Problems (%n), as file:row:column: reason —</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more (Copy problems copies them all)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Copy &amp;problems</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import the %n &amp;valid row(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n record(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import &amp;nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinRemoval</name>
        <message>
            <source>remove the pin “{title}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I):</translation>
        </message>
        <message>
            <source>Menus, dialogs, labels and the briefing's fixed texts; the records stay in the language of their sources. A new language is used from the next start.</source>
            <translation>菜单、对话框、标签及简报中的固定文字；记录保留其来源的语言。新语言在下次启动时生效。</translation>
        </message>
        <message>
            <source>BRI Desktop will be in {language} from its next start.</source>
            <translation>BRI Desktop 下次启动时将使用{language}。</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>稍后</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMixin</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Update with the current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your workspace is still opening: try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un&amp;pin this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a record first: then Ctrl+D pins it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pinned “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no tags yet: add one in the details pane.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name for “{tag}” (the name of another tag merges the two):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open a saved view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this view (the kind, search, filters, sort, columns, chart and map):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the view “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no saved view “{name}” any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The saved view “{name}” cannot be opened: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved views yet: View &gt; Saved views &gt; Save this view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>View:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved view “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename saved view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A link to this view is on the clipboard: paste it into an e-mail; it opens with File &gt; Open link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a BRI Desktop view link:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace written to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{error} Your workspace is as it was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>briefing_flow</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>briefing_render</name>
        <message>
            <source>Sources</source>
            <translation type="unfinished">来源</translation>
        </message>
        <message>
            <source>{footer} · page {number} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>filters</name>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>运输方式</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>走廊</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>数据集</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>Binding</source>
            <translation>有约束力</translation>
        </message>
        <message>
            <source>Non-binding</source>
            <translation>无约束力</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Agreements</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>签署方</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Subsector</source>
            <translation>子行业</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>约束力</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>投资额</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>产能</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>资金类型</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>一揽子协议</translation>
        </message>
        <message>
            <source>package</source>
            <translation>一揽子协议</translation>
        </message>
        <message>
            <source>Announced total</source>
            <translation>宣布总额</translation>
        </message>
        <message>
            <source>Documents or projects</source>
            <translation>文件或项目数</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>走廊</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>走廊</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>运输方式</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>长度</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>全称</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>发布方</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布日期</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%Ln 项协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%Ln 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n package(s)</source>
            <translation>
                <numerusform>%Ln 个一揽子协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corridor(s)</source>
            <translation>
                <numerusform>%Ln 条走廊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%Ln 项指标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%Ln 个机构</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%Ln 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%Ln 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%Ln 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <source>record</source>
            <translation>记录</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>over</source>
            <translation>超过</translation>
        </message>
        <message>
            <source>about</source>
            <translation>约</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>近</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>至少</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>not in dataset {version} (was in {was})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not in dataset {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This source is an imported file: each record's details show the row it was read from (Imported from, The row as it was).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article's text cannot be read ({file}: {error}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>Mt</source>
            <translation>百万吨</translation>
        </message>
        <message>
            <source>Mt/yr</source>
            <translation>百万吨/年</translation>
        </message>
        <message>
            <source>t/yr</source>
            <translation>吨/年</translation>
        </message>
        <message>
            <source>bcm</source>
            <translation>十亿立方米</translation>
        </message>
        <message>
            <source>bcm/yr</source>
            <translation>十亿立方米/年</translation>
        </message>
        <message>
            <source>km</source>
            <translation>公里</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>兆瓦</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>公顷</translation>
        </message>
        <message>
            <source>vehicles/yr</source>
            <translation>辆/年</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Academic exchange</source>
            <translation>学术交流</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>补充文件</translation>
        </message>
        <message>
            <source>Additional agreement</source>
            <translation>补充协议</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Agreement of intent</source>
            <translation>意向协议</translation>
        </message>
        <message>
            <source>Agricultural machinery</source>
            <translation>农业机械</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>农业</translation>
        </message>
        <message>
            <source>Association or chamber</source>
            <translation>协会或商会</translation>
        </message>
        <message>
            <source>Autos</source>
            <translation>汽车</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>阿塞拜疆</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>Basic conditions (term sheet)</source>
            <translation>基本条件（条款清单）</translation>
        </message>
        <message>
            <source>Business council</source>
            <translation>企业家委员会</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>跨里海国际运输路线（中间走廊）货运量</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>化工</translation>
        </message>
        <message>
            <source>China</source>
            <translation>中国</translation>
        </message>
        <message>
            <source>Chinese companies in Kazakhstan</source>
            <translation>在哈萨克斯坦的中国企业</translation>
        </message>
        <message>
            <source>Company (ownership not stated)</source>
            <translation>公司（所有制未说明）</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Construction contract (CGIT)</source>
            <translation>建设合同（CGIT）</translation>
        </message>
        <message>
            <source>Construction materials</source>
            <translation>建筑材料</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>合作协议</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>信贷</translation>
        </message>
        <message>
            <source>Credit agreement</source>
            <translation>贷款协议</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>累计值</translation>
        </message>
        <message>
            <source>Customs</source>
            <translation>海关</translation>
        </message>
        <message>
            <source>Customs cooperation</source>
            <translation>海关合作</translation>
        </message>
        <message>
            <source>Digital platforms</source>
            <translation>数字平台</translation>
        </message>
        <message>
            <source>Diplomacy</source>
            <translation>外交</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>分销</translation>
        </message>
        <message>
            <source>Distribution agreement</source>
            <translation>分销协议</translation>
        </message>
        <message>
            <source>Economic cooperation</source>
            <translation>经济合作</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <source>Exchange of letters</source>
            <translation>换文</translation>
        </message>
        <message>
            <source>Expected milestone (as of the article)</source>
            <translation>预期节点（截至文章发表时）</translation>
        </message>
        <message>
            <source>Explosives</source>
            <translation>炸药</translation>
        </message>
        <message>
            <source>Fertilizers</source>
            <translation>化肥</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>金融</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>论坛</translation>
        </message>
        <message>
            <source>Framework agreement</source>
            <translation>框架协议</translation>
        </message>
        <message>
            <source>Fund or holding</source>
            <translation>基金或控股公司</translation>
        </message>
        <message>
            <source>Gas supply</source>
            <translation>天然气供应</translation>
        </message>
        <message>
            <source>Genomics</source>
            <translation>基因组学</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>格鲁吉亚</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>政府</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>增长</translation>
        </message>
        <message>
            <source>Growth of cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>跨里海国际运输路线（中间走廊）货运量增长</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>医疗卫生</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Imported table row</source>
            <translation>导入表格中的行</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>已生效</translation>
        </message>
        <message>
            <source>Intergovernmental agreement</source>
            <translation>政府间协议</translation>
        </message>
        <message>
            <source>Investment (CGIT)</source>
            <translation>投资（CGIT）</translation>
        </message>
        <message>
            <source>Investment agreement</source>
            <translation>投资协议</translation>
        </message>
        <message>
            <source>Investment funds</source>
            <translation>投资基金</translation>
        </message>
        <message>
            <source>Investment or construction (CGIT Dataset 1+2)</source>
            <translation>投资或建设（CGIT 数据集 1+2）</translation>
        </message>
        <message>
            <source>Investment programme</source>
            <translation>投资计划</translation>
        </message>
        <message>
            <source>Joint activities and financing agreement</source>
            <translation>联合活动与融资协议</translation>
        </message>
        <message>
            <source>Joint venture</source>
            <translation>合资企业</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>哈萨克斯坦</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>吉尔吉斯斯坦</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>制造业</translation>
        </message>
        <message>
            <source>Medical equipment</source>
            <translation>医疗设备</translation>
        </message>
        <message>
            <source>Medical services</source>
            <translation>医疗服务</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会晤</translation>
        </message>
        <message>
            <source>Memorandum of cooperation</source>
            <translation>合作备忘录</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>谅解备忘录</translation>
        </message>
        <message>
            <source>Metals</source>
            <translation>冶金</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Mining and ore processing</source>
            <translation>采矿与选矿</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>部委或机构</translation>
        </message>
        <message>
            <source>Multimodal</source>
            <translation>多式联运</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>Not stated (an organization named in an imported dataset)</source>
            <translation>未说明（导入数据集中列出的机构）</translation>
        </message>
        <message>
            <source>Nuclear</source>
            <translation>核能</translation>
        </message>
        <message>
            <source>Official finance (AidData)</source>
            <translation>官方资金（AidData）</translation>
        </message>
        <message>
            <source>Oil and gas</source>
            <translation>石油和天然气</translation>
        </message>
        <message>
            <source>Oil refining</source>
            <translation>炼油</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>运营中</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Petrochemicals</source>
            <translation>石化</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>港口</translation>
        </message>
        <message>
            <source>Postal and express</source>
            <translation>邮政与快递</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>电力</translation>
        </message>
        <message>
            <source>Preliminary investment agreement</source>
            <translation>初步投资协议</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>推介会</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>私营企业</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>预测值</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>已提议</translation>
        </message>
        <message>
            <source>Purchase and sale agreement</source>
            <translation>买卖协议</translation>
        </message>
        <message>
            <source>Rail</source>
            <translation>铁路</translation>
        </message>
        <message>
            <source>Real estate</source>
            <translation>房地产</translation>
        </message>
        <message>
            <source>Renewables</source>
            <translation>可再生能源</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>据报道</translation>
        </message>
        <message>
            <source>Reported (no status stated)</source>
            <translation>据报道（状态未说明）</translation>
        </message>
        <message>
            <source>Research institute or research unit</source>
            <translation>研究所或研究机构</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>公路</translation>
        </message>
        <message>
            <source>Rolling stock</source>
            <translation>机车车辆</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>俄罗斯</translation>
        </message>
        <message>
            <source>Sea leg</source>
            <translation>海运段</translation>
        </message>
        <message>
            <source>Share of China–Europe land freight passing through Kazakhstan</source>
            <translation>经哈萨克斯坦的中欧陆路货运份额</translation>
        </message>
        <message>
            <source>Share sale and purchase agreement</source>
            <translation>股份买卖协议</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>已签署</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>签署</translation>
        </message>
        <message>
            <source>Soil and crops</source>
            <translation>土壤与作物</translation>
        </message>
        <message>
            <source>State company</source>
            <translation>国有企业</translation>
        </message>
        <message>
            <source>State visit</source>
            <translation>国事访问</translation>
        </message>
        <message>
            <source>Stated by an article</source>
            <translation>文章中说明</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>声明</translation>
        </message>
        <message>
            <source>Steel</source>
            <translation>钢铁</translation>
        </message>
        <message>
            <source>Summit</source>
            <translation>峰会</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>塔吉克斯坦</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>科技</translation>
        </message>
        <message>
            <source>Telecommunications</source>
            <translation>电信</translation>
        </message>
        <message>
            <source>Terminals and dry ports</source>
            <translation>码头与陆港</translation>
        </message>
        <message>
            <source>The curator's; no article states it</source>
            <translation>编者标注；文章中未说明</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>旅游</translation>
        </message>
        <message>
            <source>Tourism promotion</source>
            <translation>旅游推广</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>贸易</translation>
        </message>
        <message>
            <source>Trade promotion</source>
            <translation>贸易促进</translation>
        </message>
        <message>
            <source>Transit</source>
            <translation>过境运输</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>交通运输</translation>
        </message>
        <message>
            <source>Tripartite agreement</source>
            <translation>三方协议</translation>
        </message>
        <message>
            <source>Troubled transaction (CGIT)</source>
            <translation>受阻交易（CGIT）</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>土库曼斯坦</translation>
        </message>
        <message>
            <source>US dollars</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>审议中</translation>
        </message>
        <message>
            <source>Under construction</source>
            <translation>在建</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>高校</translation>
        </message>
        <message>
            <source>University</source>
            <translation>大学</translation>
        </message>
        <message>
            <source>Urban development</source>
            <translation>城市发展</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>乌兹别克斯坦</translation>
        </message>
        <message>
            <source>Visas</source>
            <translation>签证</translation>
        </message>
        <message>
            <source>billion cubic metres</source>
            <translation>十亿立方米</translation>
        </message>
        <message>
            <source>count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>million tonnes</source>
            <translation>百万吨</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>百分比</translation>
        </message>
        <message>
            <source>times</source>
            <translation>倍</translation>
        </message>
        <message>
            <source>tonnes</source>
            <translation>吨</translation>
        </message>
    </context>
    <context>
        <name>workspace_flow</name>
        <message>
            <source>BRI Desktop workspace (*.briws.json *.json)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
