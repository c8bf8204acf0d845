<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ArticlePanel</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Open a source, or “Show in article” under a record's sources.</source>
            <translation>请打开一个来源，或点击记录来源下的“在文章中显示”。</translation>
        </message>
        <message>
            <source>Records citing this article</source>
            <translation>引用此文章的记录</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation>文章正文</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) quoted by {citations}.</source>
            <translation>
                <numerusform>%Ln 段文字被引用（{citations}）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n citation(s)</source>
            <translation>
                <numerusform>%Ln 条引文</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quote(s) not found in this text: {titles}</source>
            <translation>
                <numerusform>有 %Ln 条引述未在本文中找到：{titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more record(s) cite it (the first {listed} are listed and highlighted).</source>
            <translation>
                <numerusform>……另有 %Ln 条记录引用本文（已列出并突出显示前 {listed} 条）。</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}：{title}</translation>
        </message>
        <message>
            <source>(The filters hide it: opening it lifts them.)</source>
            <translation>（筛选条件隐藏了此记录：打开它会取消这些筛选。）</translation>
        </message>
        <message numerus="yes">
            <source>The filters hide {hidden} of the %n record(s) listed (greyed).</source>
            <translation>
                <numerusform>列出的 %Ln 条记录中有 {hidden} 条被筛选条件隐藏（显示为灰色）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingMixin</name>
        <message>
            <source>The briefing “{name}” cannot be read ({error}): it is left as it is, and what you add now goes into a new briefing.</source>
            <translation>无法读取简报“{name}”（{error}）：该简报保持原样，现在添加的内容将放入新简报。</translation>
        </message>
        <message>
            <source>Briefing {number}</source>
            <translation>简报 {number}</translation>
        </message>
        <message>
            <source>{name} is editing this briefing.</source>
            <translation>{name} 正在编辑此简报。</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>未保存：{reason}</translation>
        </message>
        <message>
            <source>Section 1</source>
            <translation>章节 1</translation>
        </message>
        <message>
            <source>Rename briefing</source>
            <translation>重命名简报</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Delete briefing</source>
            <translation>删除简报</translation>
        </message>
        <message>
            <source>Delete the briefing “{name}”? Its pins stay on the Pinboard.</source>
            <translation>删除简报“{name}”？其固定项仍保留在固定板上。</translation>
        </message>
        <message>
            <source>“{title}” cannot go into a briefing: its saved view is gone.</source>
            <translation>“{title}”无法加入简报：其已保存视图已不存在。</translation>
        </message>
        <message>
            <source>Added to the briefing “{name}”.</source>
            <translation>已添加到简报“{name}”。</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>添加笔记</translation>
        </message>
        <message>
            <source>Your note (not cited; blank lines start new paragraphs):</source>
            <translation>笔记内容（不标注引文；空行开始新段落）：</translation>
        </message>
        <message>
            <source>A note holds at most {most} characters; this one has {count}. Split it into several notes.</source>
            <translation>一条笔记最多 {most} 个字符，此笔记有 {count} 个。请将其拆分为多条笔记。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), {sources} cited.</source>
            <translation>
                <numerusform>共 %Ln 页，引用 {sources}。</numerusform>
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
            <translation>将简报导出为 {format}</translation>
        </message>
        <message>
            <source>Writing the briefing to {file}…</source>
            <translation>正在将简报写入 {file}…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>{file}: {error}. Nothing was written.</source>
            <translation>{file}：{error}。未写入任何内容。</translation>
        </message>
        <message>
            <source>Briefing written to {file}</source>
            <translation>简报已写入 {file}</translation>
        </message>
        <message numerus="yes">
            <source>Briefing sent to the printer (%n page(s)).</source>
            <translation>
                <numerusform>简报已发送到打印机（%Ln 页）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BriefingPane</name>
        <message>
            <source>Briefing</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>Briefing to edit</source>
            <translation>要编辑的简报</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>the day it is written</source>
            <translation>撰写当日</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Subtitle</source>
            <translation>副标题(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>作者(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>纸张(&amp;G)</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>添加章节</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>添加笔记…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Word…</source>
            <translation>Word…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>导出：</translation>
        </message>
        <message>
            <source>Add pins from the Pinboard (right-click: Add to briefing), or a note.</source>
            <translation>从固定板添加固定项（右键单击：添加到简报），或添加笔记。</translation>
        </message>
        <message>
            <source>Briefing preview</source>
            <translation>简报预览</translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>第 {number} 页，共 {count} 页</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>未命名章节</translation>
        </message>
        <message>
            <source>Section {number}</source>
            <translation>章节 {number}</translation>
        </message>
    </context>
    <context>
        <name>ChartData</name>
        <message>
            <source>{title} (counting: {share} so far)</source>
            <translation>{title}（统计中：已完成 {share}）</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Chart measure</source>
            <translation>图表度量</translation>
        </message>
        <message>
            <source>Chart by</source>
            <translation>图表分类依据</translation>
        </message>
        <message>
            <source>Chart breakdown</source>
            <translation>图表细分</translation>
        </message>
        <message>
            <source>No breakdown</source>
            <translation>不细分</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Pin the chart</source>
            <translation>固定图表</translation>
        </message>
        <message>
            <source>Pin this chart (its choices and filters) to the Pinboard</source>
            <translation>将此图表（及其选项和筛选条件）固定到固定板</translation>
        </message>
        <message>
            <source>Chart legend</source>
            <translation>图表图例</translation>
        </message>
        <message>
            <source>Loading chart…</source>
            <translation>正在加载图表…</translation>
        </message>
        <message>
            <source>Chart notes</source>
            <translation>图表说明</translation>
        </message>
        <message>
            <source>Chart plot</source>
            <translation>图表绘图区</translation>
        </message>
        <message>
            <source>{title}: counting…</source>
            <translation>{title}：统计中…</translation>
        </message>
        <message>
            <source>Counting; the bars shown are the previous chart's until the new ones come.</source>
            <translation>正在统计；新的条形图生成之前，显示的仍是上一个图表的条形。</translation>
        </message>
        <message>
            <source>{title}: not available</source>
            <translation>{title}：不可用</translation>
        </message>
    </context>
    <context>
        <name>ChipBar</name>
        <message>
            <source>Active filters</source>
            <translation>当前筛选条件</translation>
        </message>
        <message>
            <source>No filters: showing every record.</source>
            <translation>无筛选条件：显示全部记录。</translation>
        </message>
        <message>
            <source>Filter notice</source>
            <translation>筛选提示</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>全部清除</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>清除所有筛选条件</translation>
        </message>
        <message>
            <source>Remove this filter: {filter}</source>
            <translation>移除此筛选条件：{filter}</translation>
        </message>
        <message>
            <source>Remove filter {filter}</source>
            <translation>移除筛选条件 {filter}</translation>
        </message>
    </context>
    <context>
        <name>CollectionStore</name>
        <message>
            <source>records.json or rows.txt is missing</source>
            <translation>缺少 records.json 或 rows.txt</translation>
        </message>
        <message>
            <source>The imported collection in {folder} cannot be read ({error}); it is left out. Import its file again, or remove the folder.</source>
            <translation>无法读取 {folder} 中的导入数据集（{error}），已将其略过。请重新导入其文件，或删除该文件夹。</translation>
        </message>
        <message>
            <source>line {line} is damaged ({error})</source>
            <translation>第 {line} 行已损坏（{error}）</translation>
        </message>
        <message>
            <source>line {line} is not a record</source>
            <translation>第 {line} 行不是记录</translation>
        </message>
        <message>
            <source>the records of collection '{name}' cannot be read ({file}: {error}); import its file again</source>
            <translation>无法读取数据集“{name}”的记录（{file}：{error}）；请重新导入其文件</translation>
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name, or re-import that one to replace it.</source>
            <translation>已有名为“{name}”的数据集：请另选名称，或重新导入该数据集以替换它。</translation>
        </message>
        <message>
            <source>the collection '{name}' cannot be read ({error})</source>
            <translation>无法读取数据集“{name}”（{error}）</translation>
        </message>
        <message>
            <source>{file} line {line} is not a record</source>
            <translation>{file} 第 {line} 行不是记录</translation>
        </message>
        <message>
            <source>the collection's files are damaged ({error}): nothing was changed</source>
            <translation>数据集的文件已损坏（{error}）：未做任何更改</translation>
        </message>
        <message>
            <source>the collection's id {id} cannot name a folder: nothing was changed</source>
            <translation>数据集的编号 {id} 无法用作文件夹名：未做任何更改</translation>
        </message>
        <message>
            <source>You have another collection named '{name}': rename or remove it first (File &gt; Manage collections).</source>
            <translation>您已有名为“{name}”的数据集：请先将其重命名或删除（文件 &gt; 管理数据集）。</translation>
        </message>
        <message>
            <source>cannot store the collection in {folder}: {error}</source>
            <translation>无法将数据集存储到 {folder}：{error}</translation>
        </message>
        <message>
            <source>Another collection is named '{name}'.</source>
            <translation>已有名为“{name}”的数据集。</translation>
        </message>
        <message>
            <source>cannot rename the collection: {error}</source>
            <translation>无法重命名数据集：{error}</translation>
        </message>
        <message>
            <source>cannot remove the collection: {error}</source>
            <translation>无法删除数据集：{error}</translation>
        </message>
        <message>
            <source>there is no collection '{name}'</source>
            <translation>不存在数据集“{name}”</translation>
        </message>
    </context>
    <context>
        <name>CollectionsDialog</name>
        <message>
            <source>Manage collections</source>
            <translation>管理数据集</translation>
        </message>
        <message>
            <source>The curated records come from the articles and cannot be changed here. Each imported dataset is a collection of its own: shown beside the curated records, never added to them.</source>
            <translation>据文章整理的记录取自各篇文章，不能在此更改。每个导入的数据集各自独立：与据文章整理的记录并列显示，但绝不并入其中。</translation>
        </message>
        <message>
            <source>Imported collections</source>
            <translation>已导入的数据集</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Re&amp;name</source>
            <translation>重命名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Re-import a newer release…</source>
            <translation>重新导入较新版本(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <source>No imported collections yet: File &gt; Import dataset…</source>
            <translation>尚无导入的数据集：请使用“文件 &gt; 导入数据集…”。</translation>
        </message>
    </context>
    <context>
        <name>CollectionsMixin</name>
        <message>
            <source>Checking the rows of {file}…</source>
            <translation>正在检查 {file} 中的行…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Import dataset</source>
            <translation>导入数据集</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>导入进度</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>导入已取消：未导入任何内容。</translation>
        </message>
        <message>
            <source>The import failed: {reason}.

Nothing was imported; what you had is as it was.</source>
            <translation>导入失败：{reason}。

未导入任何内容；原有数据保持不变。</translation>
        </message>
        <message>
            <source>The import failed: a fault in BRI Desktop ({error}); details are in the log.

Nothing was imported; what you had is as it was.</source>
            <translation>导入失败：BRI Desktop 出现故障（{error}）；详细信息见日志。

未导入任何内容；原有数据保持不变。</translation>
        </message>
        <message>
            <source>Nothing imported from {file}.</source>
            <translation>未从 {file} 导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n record(s)…</source>
            <translation>
                <numerusform>正在导入 %Ln 条记录…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) as the collection '{name}': shown in Projects, beside the curated records.</source>
            <translation>
                <numerusform>已将 %Ln 条记录导入为数据集“{name}”：显示在“项目”中，与据文章整理的记录并列。</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the collection {name}</source>
            <translation>显示数据集 {name}</translation>
        </message>
        <message>
            <source>Remove collection</source>
            <translation>移除数据集</translation>
        </message>
        <message numerus="yes">
            <source>Remove the collection '{name}' (%n record(s) imported from {file})?

Its records leave the app; your file is not touched, and you can import it again.</source>
            <translation>
                <numerusform>要移除数据集“{name}”（从 {file} 导入的 %Ln 条记录）吗？

其记录将从本应用中移除；您的文件不受影响，之后仍可再次导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Renamed the collection to '{name}'.</source>
            <translation>已将数据集重命名为“{name}”。</translation>
        </message>
        <message>
            <source>Removed the collection '{name}'.</source>
            <translation>已移除数据集“{name}”。</translation>
        </message>
        <message>
            <source>Manage collections</source>
            <translation>管理数据集</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>sheet {sheet}, row {row}: {title}</source>
            <translation>工作表 {sheet}，第 {row} 行：{title}</translation>
        </message>
        <message>
            <source>row {row}: {title}</source>
            <translation>第 {row} 行：{title}</translation>
        </message>
        <message>
            <source>{collection} (imported collection): file {file}, SHA-256 {sha256}, imported {imported}</source>
            <translation>{collection}（导入的数据集）：文件 {file}，SHA-256 {sha256}，导入于 {imported}</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} (curated from the articles listed in these notes; figures drawn from its records)</source>
            <translation>BRI Desktop 数据集版本 {version}（据这些注释中所列文章整理；数据取自其记录）</translation>
        </message>
        <message>
            <source>{kind} '{id}' is not in dataset {version}: left out.</source>
            <translation>数据集版本 {version} 中没有{kind}“{id}”：已略去。</translation>
        </message>
        <message>
            <source>{date} (inferred)</source>
            <translation>{date}（推断）</translation>
        </message>
        <message>
            <source>A {document} records intent: it is not a commitment, and its value (if any) is a pledge.</source>
            <translation>{document}仅记录意向：不构成承诺，其金额（如有）仅为认捐额。</translation>
        </message>
        <message>
            <source>The package total is an announced figure for the package as a whole: it is not a sum of the projects or agreements in this briefing, and is never added to them.</source>
            <translation>一揽子协议总额是针对整个一揽子协议宣布的数字：它不是本简报中各项目或协议金额之和，也从不与其相加。</translation>
        </message>
        <message>
            <source>Date inferred: {note}</source>
            <translation>推断日期：{note}</translation>
        </message>
        <message>
            <source>Its position on the map is approximate (the article names a place, not a site).</source>
            <translation>其在地图上的位置为近似位置（文章给出的是地名，而非具体场址）。</translation>
        </message>
        <message>
            <source>Listed, never summed in totals.</source>
            <translation>仅列出，从不计入合计。</translation>
        </message>
        <message>
            <source>The articles give other figures for the same measure ({count}); they are shown beside it, not reconciled:</source>
            <translation>各文章对同一度量给出了其他数据（{count} 项）；这些数据与其并列显示，未经调和：</translation>
        </message>
        <message>
            <source>A chart of '{measure}' by '{dimension}' cannot be drawn: left out.</source>
            <translation>无法按“{dimension}”绘制“{measure}”图表：已略去。</translation>
        </message>
        <message>
            <source>{title}. Filters: {filters}. Dataset {version}.</source>
            <translation>{title}。筛选：{filters}。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>Chart: {title}; filters: {filters}</source>
            <translation>图表：{title}；筛选：{filters}</translation>
        </message>
        <message>
            <source>Package totals, announced for packages as a whole, are not in the bars and are not a sum of them: {packages}.</source>
            <translation>一揽子协议总额针对整个一揽子协议宣布，未计入条形，也不是条形之和：{packages}。</translation>
        </message>
        <message>
            <source>Corridor map: routes and nodes of the dataset's corridors</source>
            <translation>走廊地图：数据集中各走廊的路线和节点</translation>
        </message>
        <message>
            <source>Positions marked as approximate on the map stand for a named place, not a surveyed site; routes are drawn between nodes, not along the track.</source>
            <translation>地图上标为近似的位置代表某个具名地点，而非经过勘测的具体场址；路线在节点之间绘制，并非沿实际线路走向。</translation>
        </message>
        <message>
            <source>{name}: {shown} of {count}. Filters: {filters}. Dataset {version}.</source>
            <translation>{name}：{shown} / {count}。筛选：{filters}。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>{name}: {count}. Filters: {filters}. Dataset {version}.</source>
            <translation>{name}：{count}。筛选：{filters}。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message numerus="yes">
            <source>%n of {count} disclose no value.</source>
            <translation>
                <numerusform>共 {count}，其中 %Ln 条未披露金额。</numerusform>
            </translation>
        </message>
        <message>
            <source>Memoranda in this table record intent, not commitments.</source>
            <translation>本表中的备忘录仅记录意向，不构成承诺。</translation>
        </message>
        <message>
            <source>Not in the briefing: '{kind}' is not a kind of record.</source>
            <translation>未加入简报：“{kind}”不是记录类别。</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} · imported collections: {collections} · generated {date}</source>
            <translation>BRI Desktop 数据集版本 {version} · 导入的数据集：{collections} · 生成于 {date}</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version} · generated {date}</source>
            <translation>BRI Desktop 数据集版本 {version} · 生成于 {date}</translation>
        </message>
        <message>
            <source>Corridor map (geographic). Dataset {version}.</source>
            <translation>走廊地图（地理）。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>Corridor map (geographic) · {name}. Dataset {version}.</source>
            <translation>走廊地图（地理） · {name}。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>Corridor map (schematic). Dataset {version}.</source>
            <translation>走廊地图（示意）。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>Corridor map (schematic) · {name}. Dataset {version}.</source>
            <translation>走廊地图（示意） · {name}。数据集版本 {version}。</translation>
        </message>
    </context>
    <context>
        <name>ContentsTree</name>
        <message>
            <source>Briefing contents</source>
            <translation>简报内容</translation>
        </message>
    </context>
    <context>
        <name>CorridorPanel</name>
        <message>
            <source>BRI Desktop corridor map</source>
            <translation>BRI Desktop 走廊地图</translation>
        </message>
        <message>
            <source>Country outlines: Natural Earth 1:110m admin-0 (public domain), naturalearthdata.com</source>
            <translation>国界轮廓：Natural Earth 1:110m admin-0（公有领域），naturalearthdata.com</translation>
        </message>
        <message>
            <source>Map layout</source>
            <translation>地图布局</translation>
        </message>
        <message>
            <source>Geographic</source>
            <translation>地理</translation>
        </message>
        <message>
            <source>Schematic</source>
            <translation>示意</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Show the whole map again (0)</source>
            <translation>重新显示整幅地图（0）</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>相关记录</translation>
        </message>
        <message>
            <source>Show related records</source>
            <translation>显示相关记录</translation>
        </message>
        <message>
            <source>Filter the tables to the projects and agreements linked to the selected corridor</source>
            <translation>将表格筛选为与所选走廊关联的项目和协议</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Pin the map view</source>
            <translation>固定地图视图</translation>
        </message>
        <message>
            <source>Pin this map view (layout, selected corridor, filters)</source>
            <translation>固定此地图视图（布局、所选走廊、筛选条件）</translation>
        </message>
        <message>
            <source>No agreement or project in the dataset names this corridor</source>
            <translation>数据集中没有提及此走廊的协议或项目</translation>
        </message>
        <message>
            <source>Routes and stations are approximate: positions are the curator's. Grey stations are the curator's too: no article names them as points of the route.</source>
            <translation>路线和站点均为近似位置：位置由编者标注。灰色站点同样由编者添加：没有文章将其列为该路线上的站点。</translation>
        </message>
        <message>
            <source>BRI Desktop corridor map (schematic) · approximate routes · Dataset {version} · {attribution}</source>
            <translation>BRI Desktop 走廊地图（示意） · 近似路线 · 数据集版本 {version} · {attribution}</translation>
        </message>
        <message>
            <source>BRI Desktop corridor map (geographic) · approximate routes · Dataset {version} · {attribution}</source>
            <translation>BRI Desktop 走廊地图（地理） · 近似路线 · 数据集版本 {version} · {attribution}</translation>
        </message>
    </context>
    <context>
        <name>CorridorView</name>
        <message>
            <source>Rail / multimodal</source>
            <translation>铁路/多式联运</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>Sea leg</source>
            <translation>海运段</translation>
        </message>
        <message>
            <source>rail</source>
            <translation>铁路</translation>
        </message>
        <message>
            <source>multimodal</source>
            <translation>多式联运</translation>
        </message>
        <message>
            <source>pipeline</source>
            <translation>管道</translation>
        </message>
        <message>
            <source>sea</source>
            <translation>海运</translation>
        </message>
        <message>
            <source>road</source>
            <translation>公路</translation>
        </message>
        <message>
            <source>Corridor map</source>
            <translation>走廊地图</translation>
        </message>
        <message>
            <source>Rail, pipeline and sea routes; click a route to select it</source>
            <translation>铁路、管道和海运路线；单击路线可将其选中</translation>
        </message>
        <message>
            <source>Loading corridors…</source>
            <translation>正在加载走廊…</translation>
        </message>
        <message>
            <source>Width: stated capacity</source>
            <translation>线宽：所述运力</translation>
        </message>
        <message>
            <source>Grey station: placed by curator</source>
            <translation>灰色站点：由编者标注</translation>
        </message>
        <message>
            <source>Approximate position.</source>
            <translation>近似位置。</translation>
        </message>
        <message>
            <source>Placed by the curator: no article names it as a point of this route.</source>
            <translation>由编者标注：没有文章将其列为该路线上的站点。</translation>
        </message>
        <message>
            <source>Approximate route: some points are placed by the curator.</source>
            <translation>近似路线：部分站点由编者标注。</translation>
        </message>
        <message>
            <source>Click to select; its record and sources show in Details.</source>
            <translation>单击可选中；其记录和来源将显示在“详细信息”中。</translation>
        </message>
    </context>
    <context>
        <name>Dataset</name>
        <message>
            <source>{path} was replaced while BRI Desktop had it open</source>
            <translation>BRI Desktop 打开 {path} 期间，该文件被替换</translation>
        </message>
    </context>
    <context>
        <name>DatasetFileMixin</name>
        <message numerus="yes">
            <source>Dataset {version} · %n imported collection(s)</source>
            <translation>
                <numerusform>数据集版本 {version} · 已导入 %Ln 个数据集</numerusform>
            </translation>
        </message>
        <message>
            <source>Dataset {version}</source>
            <translation>数据集版本 {version}</translation>
        </message>
        <message>
            <source>Curated from the articles</source>
            <translation>据文章整理</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n record(s) from {file}</source>
            <translation>
                <numerusform>{name}：%Ln 条记录，来自 {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>The dataset file changed and cannot be read now: {error} Still showing what was read before.</source>
            <translation>数据集文件已更改，目前无法读取：{error} 仍显示之前读取的内容。</translation>
        </message>
        <message>
            <source>The dataset file was rebuilt: now showing dataset {version}.</source>
            <translation>数据集文件已重建：现在显示数据集版本 {version}。</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a record to see its fields, parties and sources.</source>
            <translation>选择一条记录，即可查看其字段、各方和来源。</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Copy citation</source>
            <translation>复制引文</translation>
        </message>
        <message>
            <source>Copy the record's title, sources and quotes for a briefing</source>
            <translation>复制记录的标题、来源和引述，用于简报</translation>
        </message>
        <message>
            <source>There is no {kind} “{id}” in dataset {version}.</source>
            <translation>数据集版本 {version} 中没有{kind}“{id}”。</translation>
        </message>
        <message>
            <source>This pinned record is {why}. What the pin kept of it:</source>
            <translation>此固定记录{why}。固定项保留的内容：</translation>
        </message>
        <message>
            <source>This {kind} is hidden by the filters you set ({filters}), so it is no longer shown here.</source>
            <translation>此{kind}已被您设置的筛选条件（{filters}）隐藏，因此不再在此显示。</translation>
        </message>
        <message>
            <source>&lt;a href='{link}'&gt;Show it again&lt;/a&gt; (lifts only the filters that hide it; Back or Undo restores them).</source>
            <translation>&lt;a href='{link}'&gt;重新显示&lt;/a&gt;（仅取消隐藏它的筛选条件；“后退”或“撤销”可恢复这些筛选）。</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>Export as PNG (2x)…</source>
            <translation>导出为 PNG (2x)…</translation>
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation>导出为 SVG…</translation>
        </message>
        <message>
            <source>Copy image to clipboard</source>
            <translation>将图像复制到剪贴板</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>Export the chart as PNG or SVG, or copy it</source>
            <translation>将图表导出为 PNG 或 SVG，或复制图表</translation>
        </message>
        <message>
            <source>Export the figures</source>
            <translation>导出数据对比</translation>
        </message>
        <message>
            <source>Export the figures as PNG or SVG, or copy it</source>
            <translation>将数据对比导出为 PNG 或 SVG，或复制它</translation>
        </message>
        <message>
            <source>Export the timeline</source>
            <translation>导出时间线</translation>
        </message>
        <message>
            <source>Export the timeline as PNG or SVG, or copy it</source>
            <translation>将时间线导出为 PNG 或 SVG，或复制时间线</translation>
        </message>
        <message>
            <source>Export the corridor map</source>
            <translation>导出走廊地图</translation>
        </message>
        <message>
            <source>Export the corridor map as PNG or SVG, or copy it</source>
            <translation>将走廊地图导出为 PNG 或 SVG，或复制地图</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export as PNG or SVG, or copy it</source>
            <translation>导出为 PNG 或 SVG，或复制</translation>
        </message>
    </context>
    <context>
        <name>FacetList</name>
        <message>
            <source>Find organization…</source>
            <translation>查找机构…</translation>
        </message>
        <message>
            <source>Find organization</source>
            <translation>查找机构</translation>
        </message>
        <message>
            <source>Find event…</source>
            <translation>查找活动…</translation>
        </message>
        <message>
            <source>Find event</source>
            <translation>查找活动</translation>
        </message>
        <message>
            <source>{facet} filter</source>
            <translation>{facet}筛选项</translation>
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message numerus="yes">
            <source>{value}: at least %n matching with the other filters, still counting</source>
            <translation>
                <numerusform>{value}：结合其他筛选条件至少有 %Ln 条匹配，仍在统计</numerusform>
            </translation>
        </message>
        <message>
            <source>{value}: counting the matches of the new filters</source>
            <translation>{value}：正在统计新筛选条件下的匹配数</translation>
        </message>
        <message numerus="yes">
            <source>{value}: %n matching with the other filters</source>
            <translation>
                <numerusform>{value}：结合其他筛选条件有 %Ln 条匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, %n matching</source>
            <translation>
                <numerusform>{value}，已选中，%Ln 条匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, %n matching</source>
            <translation>
                <numerusform>{value}，%Ln 条匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, selected, at least %n matching, still counting</source>
            <translation>
                <numerusform>{value}，已选中，至少 %Ln 条匹配，仍在统计</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{value}, at least %n matching, still counting</source>
            <translation>
                <numerusform>{value}，至少 %Ln 条匹配，仍在统计</numerusform>
            </translation>
        </message>
        <message>
            <source>{value}, selected, counting</source>
            <translation>{value}，已选中，统计中</translation>
        </message>
        <message>
            <source>{value}, counting</source>
            <translation>{value}，统计中</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Counting</source>
            <translation>正在计数</translation>
        </message>
        <message>
            <source>Value (USD)</source>
            <translation>金额（美元）</translation>
        </message>
        <message>
            <source>Amounts such as 500m, 1.5bn or 2,000,000; records without a disclosed value are left out</source>
            <translation>金额，如 500万、1.5亿 或 2,000,000；未披露金额的记录将被排除</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>A year (2023), month (2023-10) or day (2023-10-18); a record matches when its date, at its own precision, overlaps the range</source>
            <translation>年份（2023）、月份（2023-10）或日期（2023-10-18）；记录的日期按其自身精度与该范围有重叠即为匹配</translation>
        </message>
        <message>
            <source>Every kind in one list: the search applies to all, and each kind's own filters to it. Choose a kind to set its filters.</source>
            <translation>所有类别显示在同一列表中：搜索适用于全部类别，各类别自身的筛选只适用于该类别。选择一个类别即可设置其筛选。</translation>
        </message>
        <message numerus="yes">
            <source>Counting: {share} of %n match(es) so far. A count marked ≥ is a floor until counting ends.</source>
            <translation>
                <numerusform>正在计数：目前已统计 %Ln 个匹配项中的 {share}。标有 ≥ 的计数在计数结束前为下限值。</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting: {share} so far. A count marked ≥ is a floor until counting ends.</source>
            <translation>正在计数：目前已完成 {share}。标有 ≥ 的计数在计数结束前为下限值。</translation>
        </message>
        <message>
            <source>Counting the matches of the new filters…</source>
            <translation>正在统计新筛选的匹配数…</translation>
        </message>
        <message>
            <source>Counting stopped at {share} (counts marked ≥ are floors): {message}</source>
            <translation>计数在 {share} 时停止（标有 ≥ 的计数为下限值）：{message}</translation>
        </message>
        <message>
            <source>Counts not available: {message}</source>
            <translation>无法获取计数：{message}</translation>
        </message>
    </context>
    <context>
        <name>FiguresChart</name>
        <message>
            <source>Figures chart</source>
            <translation>数据对比图表</translation>
        </message>
        <message>
            <source>Choose a measure to compare its figures.</source>
            <translation>请选择一个度量以对比其数据。</translation>
        </message>
        <message>
            <source>Over time: each period drawn from its start to its end</source>
            <translation>随时间变化：每个期间从起点绘制到终点</translation>
        </message>
    </context>
    <context>
        <name>FiguresModel</name>
        <message>
            <source>Figure</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引述</translation>
        </message>
        <message>
            <source>(The filters hide this figure: it is shown for comparison.)</source>
            <translation>（此数据已被筛选条件隐藏，仅供对比显示。）</translation>
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <source>Figures</source>
            <translation>数据对比</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>度量</translation>
        </message>
        <message>
            <source>A measure: figures of the same thing, in the same unit, as different articles or dates give it (grouped by the curator)</source>
            <translation>度量：同一事物、同一单位下，不同文章或不同日期给出的数据（由编者归组）</translation>
        </message>
        <message>
            <source>Figures table</source>
            <translation>数据对比表</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Pin the figures</source>
            <translation>固定数据对比</translation>
        </message>
        <message>
            <source>Pin this measure's figures (and the filters) to the Pinboard</source>
            <translation>将此度量的数据（及筛选条件）固定到固定板</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>度量(&amp;M)：</translation>
        </message>
        <message numerus="yes">
            <source>{measure} (%n figure(s))</source>
            <translation>
                <numerusform>{measure}（%Ln 项数据）</numerusform>
            </translation>
        </message>
        <message>
            <source>No measure has a figure the filters keep.</source>
            <translation>没有任何度量含有符合筛选条件的数据。</translation>
        </message>
        <message>
            <source>This dataset has no curated measures.</source>
            <translation>此数据集没有整理的度量。</translation>
        </message>
        <message numerus="yes">
            <source>%n figure(s) from {sources}, side by side: each as its article gives it, none reconciled or averaged.</source>
            <translation>
                <numerusform>来自 {sources}的 %Ln 项数据并列显示：均按各文章原文给出，未经调和或平均。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%Ln 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n state no period, so they are not placed in time.</source>
            <translation>
                <numerusform>其中 %Ln 项未说明期间，因此未在时间轴上定位。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The filters hide %n of them: greyed, still shown, so that no conflicting figure drops out of sight.</source>
            <translation>
                <numerusform>筛选隐藏了其中 %Ln 项：它们以灰色显示但仍保留，以免任何相互矛盾的数据被忽视。</numerusform>
            </translation>
        </message>
        <message>
            <source>Figures have no {criteria}: the filters do not apply to them.</source>
            <translation>数据对比不含{criteria}信息：这些筛选对其不适用。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>USD</source>
            <translation>美元</translation>
        </message>
        <message>
            <source>USD m</source>
            <translation>百万美元</translation>
        </message>
        <message>
            <source>USD bn</source>
            <translation>十亿美元</translation>
        </message>
        <message>
            <source>Re-import a collection</source>
            <translation>重新导入数据集</translation>
        </message>
        <message>
            <source>Import dataset</source>
            <translation>导入数据集</translation>
        </message>
        <message>
            <source>Choose a CGIT workbook, an AidData file or any table</source>
            <translation>选择 CGIT 工作簿、AidData 文件或任意表格</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <source>Ch&amp;oose file…</source>
            <translation>选择文件(&amp;O)…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Detect from the columns</source>
            <translation>根据列识别</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>found</source>
            <translation>自动查找</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>表头行</translation>
        </message>
        <message>
            <source>The row holding the column names; 'found' looks for it below any title rows</source>
            <translation>包含列名的行；“自动查找”会在所有标题行下方查找该行</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>自动检测</translation>
        </message>
        <message>
            <source>Collection name</source>
            <translation>数据集名称</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>工作表(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>表头行(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Encoding (CSV):</source>
            <translation>编码（CSV）(&amp;E)：</translation>
        </message>
        <message>
            <source>Collection &amp;name:</source>
            <translation>数据集名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>前几行预览</translation>
        </message>
        <message>
            <source>Columns to fields (a table)</source>
            <translation>列与字段的对应（通用表格）</translation>
        </message>
        <message>
            <source>{field} (required):</source>
            <translation>{field}（必填）：</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}：</translation>
        </message>
        <message>
            <source>Unit of the amounts</source>
            <translation>金额单位</translation>
        </message>
        <message>
            <source>Amounts in:</source>
            <translation>金额单位：</translation>
        </message>
        <message>
            <source>&amp;Check and import…</source>
            <translation>检查并导入(&amp;C)…</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
            <translation>表格 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>正在读取 {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>{file} could not be read ({error}).</source>
            <translation>无法读取 {file}（{error}）。</translation>
        </message>
        <message>
            <source>The file could not be read ({error}).</source>
            <translation>无法读取该文件（{error}）。</translation>
        </message>
        <message>
            <source>{message}

Nothing was imported.</source>
            <translation>{message}

未导入任何内容。</translation>
        </message>
        <message>
            <source>Reading cancelled: choose the file again.</source>
            <translation>读取已取消：请重新选择文件。</translation>
        </message>
        <message>
            <source>As the format says (CGIT: its datasets; others: the first)</source>
            <translation>按格式而定（CGIT：其数据集工作表；其他：第一个工作表）</translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s) as {encoding}. Format: {format}.</source>
            <translation>
                <numerusform>已按 {encoding} 读取 %Ln 行。格式：{format}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n row(s). Format: {format}.</source>
            <translation>
                <numerusform>已读取 %Ln 行。格式：{format}。</numerusform>
            </translation>
        </message>
        <message>
            <source>found: row {row}</source>
            <translation>自动查找：第 {row} 行</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message numerus="yes">
            <source>Replaces the collection '{name}' (%n record(s)): a newer release replaces the old one, it is not added to it.</source>
            <translation>
                <numerusform>将替换数据集“{name}”（%Ln 条记录）：新版本会取代旧版本，而不是追加到其中。</numerusform>
            </translation>
        </message>
        <message>
            <source>A new collection.</source>
            <translation>新数据集。</translation>
        </message>
        <message>
            <source>Another collection is named '{name}': choose another name for the new release of '{replaced}'.</source>
            <translation>已有另一个数据集名为“{name}”：请为“{replaced}”的新版本另选一个名称。</translation>
        </message>
        <message>
            <source>The column mapping is not complete:
{problems}</source>
            <translation>列映射不完整：
{problems}</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>%n pin(s)</source>
            <translation>
                <numerusform>%Ln 个固定项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%Ln 条笔记</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag use(s)</source>
            <translation>
                <numerusform>%Ln 次标签使用</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved view(s)</source>
            <translation>
                <numerusform>%Ln 个已保存视图</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n briefing(s)</source>
            <translation>
                <numerusform>%Ln 份简报</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported {counts}.</source>
            <translation>已导入 {counts}。</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the counts of a list</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) edited on both sides: both versions are kept; choose in the details pane.</source>
            <translation>
                <numerusform>%Ln 条笔记在两边均被编辑：两个版本都已保留，请在详细信息窗格中选择。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReview</name>
        <message>
            <source>Import dataset: check</source>
            <translation>导入数据集：检查</translation>
        </message>
        <message>
            <source>Import check</source>
            <translation>导入检查</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%n), as file:row:column: reason —</source>
            <translation>
                <numerusform>问题（%Ln 个），格式为 文件:行:列: 原因 —</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>文件中的问题</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (Copy problems copies them all)</source>
            <translation>
                <numerusform>… 另有 %Ln 个（“复制问题”可复制全部）</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy &amp;problems</source>
            <translation>复制问题(&amp;P)</translation>
        </message>
        <message numerus="yes">
            <source>Import the %n &amp;valid row(s)</source>
            <translation>
                <numerusform>导入 %Ln 个有效行(&amp;V)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n record(s)</source>
            <translation>
                <numerusform>导入 %Ln 条记录(&amp;I)</numerusform>
            </translation>
        </message>
        <message>
            <source>Import &amp;nothing</source>
            <translation>不导入(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The records table</source>
            <translation>记录表</translation>
        </message>
        <message>
            <source>The filter counts</source>
            <translation>筛选计数</translation>
        </message>
        <message>
            <source>The chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>The bar's largest records</source>
            <translation>该柱中最大的记录</translation>
        </message>
        <message>
            <source>The record's details</source>
            <translation>记录详细信息</translation>
        </message>
        <message>
            <source>The corridor map</source>
            <translation>走廊地图</translation>
        </message>
        <message>
            <source>The linked record</source>
            <translation>链接的记录</translation>
        </message>
        <message>
            <source>Checking the open record</source>
            <translation>检查当前打开的记录</translation>
        </message>
        <message>
            <source>Related records</source>
            <translation>相关记录</translation>
        </message>
        <message>
            <source>The map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>The timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>The list of measures</source>
            <translation>度量列表</translation>
        </message>
        <message>
            <source>The figures</source>
            <translation>数据对比</translation>
        </message>
        <message>
            <source>Settings will not be saved: {problem}.</source>
            <translation>设置将不会被保存：{problem}。</translation>
        </message>
        <message>
            <source>Record count</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Dataset version</source>
            <translation>数据集版本</translation>
        </message>
        <message>
            <source>Exports are of one kind at a time: choose a kind in the navigator, then export.</source>
            <translation>每次只能导出一种类别的记录：请先在导航栏中选择类别，然后再导出。</translation>
        </message>
        <message>
            <source>A background task</source>
            <translation>后台任务</translation>
        </message>
        <message>
            <source>{status}  · updating…</source>
            <translation>{status}  · 正在更新…</translation>
        </message>
        <message>
            <source>{status} (first {shown} loaded; scroll for more)</source>
            <translation>{status}（已加载前 {shown} 条；滚动可加载更多）</translation>
        </message>
    </context>
    <context>
        <name>Mapping</name>
        <message>
            <source>{field}: there is no column '{column}' in this file</source>
            <translation>{field}：此文件中没有“{column}”列</translation>
        </message>
        <message>
            <source>unknown unit '{unit}' (use {units})</source>
            <translation>未知单位“{unit}”（请使用 {units}）</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Record kinds</source>
            <translation>记录类别</translation>
        </message>
        <message>
            <source>{kind}  ({matched} of {total})</source>
            <translation>{kind}  ({matched} / {total})</translation>
        </message>
    </context>
    <context>
        <name>NoteBox</name>
        <message>
            <source>Your note and tags</source>
            <translation>您的笔记和标签</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>您的笔记</translation>
        </message>
        <message>
            <source>Write a note on this record (saved as you type; **bold**, *italic*, - lists). Search finds records by their notes.</source>
            <translation>为此记录写笔记（输入时自动保存；支持 **粗体**、*斜体*、- 列表）。搜索也能按笔记内容查找记录。</translation>
        </message>
        <message>
            <source>Keep this text</source>
            <translation>保留此文本</translation>
        </message>
        <message>
            <source>Keep the other</source>
            <translation>保留另一版本</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>两者都保留</translation>
        </message>
        <message>
            <source>Tags of this record</source>
            <translation>此记录的标签</translation>
        </message>
        <message>
            <source>Add a tag</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <source>Add a tag… (Enter)</source>
            <translation>添加标签…（Enter）</translation>
        </message>
        <message>
            <source>--- the other version ---</source>
            <translation>--- 另一版本 ---</translation>
        </message>
        <message>
            <source>Saved {when}</source>
            <translation>已于 {when} 保存</translation>
        </message>
        <message>
            <source>This note was changed in two places. The other version:</source>
            <translation>此笔记在两处被修改。另一版本：</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; {tags}</source>
            <translation>&lt;b&gt;标签：&lt;/b&gt;{tags}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags:&lt;/b&gt; none yet</source>
            <translation>&lt;b&gt;标签：&lt;/b&gt;暂无</translation>
        </message>
        <message>
            <source>Not saved yet…</source>
            <translation>尚未保存…</translation>
        </message>
        <message>
            <source>Note removed</source>
            <translation>笔记已删除</translation>
        </message>
        <message>
            <source>{message} Your text is still here.</source>
            <translation>{message} 您的文本仍保留在此。</translation>
        </message>
    </context>
    <context>
        <name>NoteConflict</name>
        <message>
            <source>Someone else changed this note meanwhile: both texts are kept.</source>
            <translation>在此期间有其他人修改了此笔记：两个版本的文本均已保留。</translation>
        </message>
    </context>
    <context>
        <name>PinList</name>
        <message>
            <source>Pins</source>
            <translation>固定项</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Add to briefing</source>
            <translation>添加到简报</translation>
        </message>
        <message>
            <source>Remove from the Pinboard</source>
            <translation>从固定板移除</translation>
        </message>
    </context>
    <context>
        <name>PinRemoval</name>
        <message>
            <source>remove the pin “{title}”</source>
            <translation>移除固定项“{title}”</translation>
        </message>
    </context>
    <context>
        <name>Pinboard</name>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Map view</source>
            <translation>地图视图</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Figures compared</source>
            <translation>数据对比</translation>
        </message>
        <message>
            <source>Saved view</source>
            <translation>已保存视图</translation>
        </message>
        <message>
            <source>Pinboard</source>
            <translation>固定板</translation>
        </message>
        <message>
            <source>Nothing pinned yet. Pin a record with Ctrl+D, a chart or a map view with its Pin button.</source>
            <translation>尚未固定任何内容。按 Ctrl+D 可固定记录；图表或地图视图可通过其“固定”按钮固定。</translation>
        </message>
        <message>
            <source>{what}: {title}. {detail}</source>
            <translation>{what}：{title}。{detail}</translation>
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
            <translation>界面语言(&amp;I)：</translation>
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
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>团队工作区</translation>
        </message>
        <message>
            <source>&amp;Database address:</source>
            <translation>数据库地址(&amp;D)：</translation>
        </message>
        <message>
            <source>Leave it empty to keep your pins, notes, tags, views and briefings on this computer only. With an address they are shared with your team on its PostgreSQL server; you keep working when it cannot be reached. The password is asked for and kept in the system keyring, never in the settings file.</source>
            <translation>留空则您的固定项、笔记、标签、视图和简报仅保存在本机。填写地址后，它们将通过团队的 PostgreSQL 服务器与团队共享；服务器无法连接时您仍可继续工作。密码会在需要时询问，并保存在系统密钥环中，绝不写入设置文件。</translation>
        </message>
        <message>
            <source>Set by {variable} (unset it to choose here).</source>
            <translation>由 {variable} 设置（取消设置该变量后可在此选择）。</translation>
        </message>
    </context>
    <context>
        <name>Prepared</name>
        <message numerus="yes">
            <source>%n row(s) of data read from {file} (sheets: {sheets}).</source>
            <translation>
                <numerusform>已从 {file} 读取 %Ln 行数据（工作表：{sheets}）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of data read from {file}.</source>
            <translation>
                <numerusform>已从 {file} 读取 %Ln 行数据。</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row becomes a record of the collection '{name}'.</source>
            <translation>1 行将成为数据集“{name}”中的记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n rows become records of the collection '{name}'.</source>
            <translation>
                <numerusform>%Ln 行将成为数据集“{name}”中的记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them are listed and counted but never summed (each record's details say why).</source>
            <translation>
                <numerusform>其中 %Ln 条会列出并计数，但不计入合计（原因见各记录的详细信息）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems ({issues} in all): not imported unless you choose to import the valid rows.</source>
            <translation>
                <numerusform>%Ln 行存在问题（共 {issues} 处）：除非您选择导入有效行，否则不会导入。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RangeBox</name>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>{range} from</source>
            <translation>{range}起始值</translation>
        </message>
        <message>
            <source>{range} to</source>
            <translation>{range}结束值</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Apply the {range} range</source>
            <translation>应用{range}范围</translation>
        </message>
        <message>
            <source>“From” ({low}) is after “to” ({high}): swap them</source>
            <translation>“从”（{low}）在“至”（{high}）之后：请将两者互换</translation>
        </message>
    </context>
    <context>
        <name>RecordsMixin</name>
        <message>
            <source>show the {record}: lift {filters}</source>
            <translation>显示该{record}：取消{filters}</translation>
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores it.</source>
            <translation>已取消{filters}以显示此{record}。“后退”（Alt+Left）或“撤销”可恢复该筛选。</translation>
        </message>
        <message>
            <source>Lifted {filters} to show this {record}. Back (Alt+Left) or Undo restores them.</source>
            <translation>已取消{filters}以显示此{record}。“后退”（Alt+Left）或“撤销”可恢复这些筛选。</translation>
        </message>
        <message>
            <source>No records match the filters.</source>
            <translation>没有符合筛选条件的记录。</translation>
        </message>
        <message>
            <source>No {records} match the filters.</source>
            <translation>没有符合筛选条件的{records}。</translation>
        </message>
        <message>
            <source>They do match {links}.</source>
            <translation>但有以下记录符合：{links}。</translation>
        </message>
        <message>
            <source>&lt;a href='bri:clear'&gt;Clear all filters&lt;/a&gt; or Undo (Ctrl+Z).</source>
            <translation>&lt;a href='bri:clear'&gt;清除所有筛选&lt;/a&gt;或撤销（Ctrl+Z）。</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>No matching records</source>
            <translation>没有匹配的记录</translation>
        </message>
        <message>
            <source>Show columns</source>
            <translation>显示列</translation>
        </message>
    </context>
    <context>
        <name>SavedViewsList</name>
        <message>
            <source>Saved views</source>
            <translation>已保存视图</translation>
        </message>
        <message>
            <source>Open this saved view (View &gt; Saved views to update, rename or delete)</source>
            <translation>打开此已保存视图（如需更新、重命名或删除，请使用“视图 &gt; 已保存视图”）</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Full-text search over titles, summaries, parties and their aliases, and quotes</source>
            <translation>在标题、摘要、各方及其别名以及引述中进行全文搜索</translation>
        </message>
        <message>
            <source>Search: Sinopec, sino*, "Shymkent refinery", KMG NOT CNPC  (Ctrl+F)</source>
            <translation>搜索：Sinopec、sino*、"Shymkent refinery"、KMG NOT CNPC（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search message</source>
            <translation>搜索提示</translation>
        </message>
        <message>
            <source>{error}. Showing the results for the last valid search.</source>
            <translation>{error}。当前显示的是上一次有效搜索的结果。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>{folder} cannot be made ({reason})</source>
            <translation>无法创建 {folder}（{reason}）</translation>
        </message>
        <message>
            <source>{file} cannot be written</source>
            <translation>无法写入 {file}</translation>
        </message>
        <message>
            <source>{file} could not be written</source>
            <translation>未能写入 {file}</translation>
        </message>
    </context>
    <context>
        <name>TeamCollectionsDialog</name>
        <message>
            <source>not here</source>
            <translation>本机未使用</translation>
        </message>
        <message>
            <source>in use here</source>
            <translation>本机正在使用</translation>
        </message>
        <message>
            <source>another release here</source>
            <translation>本机使用其他版本</translation>
        </message>
        <message>
            <source>Team collections</source>
            <translation>团队数据集</translation>
        </message>
        <message>
            <source>Imported datasets your team shares, as the colleague who imported them stored them (file, checksum, rows, provenance). Use a release to have the same records here.</source>
            <translation>团队共享的导入数据集，按导入它们的同事所存储的原样列出（文件、校验和、行数、出处）。使用某个版本，即可在本机获得相同的记录。</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Shared by</source>
            <translation>共享者</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Use this release</source>
            <translation>使用此版本</translation>
        </message>
        <message>
            <source>Share one of mine…</source>
            <translation>共享我的数据集…</translation>
        </message>
        <message>
            <source>Your team shares no collection yet: “Share one of mine…” sends one of your imports.</source>
            <translation>您的团队尚未共享任何数据集：点击“共享我的数据集…”即可共享您导入的一个数据集。</translation>
        </message>
    </context>
    <context>
        <name>TeamCollectionsMixin</name>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>未连接团队工作区（编辑 ▸ 首选项）。</translation>
        </message>
        <message>
            <source>Share a collection</source>
            <translation>共享数据集</translation>
        </message>
        <message>
            <source>You have no imported collection to share (File ▸ Import dataset).</source>
            <translation>没有可共享的已导入数据集（文件 ▸ 导入数据集）。</translation>
        </message>
        <message>
            <source>Share a collection with the team</source>
            <translation>与团队共享数据集</translation>
        </message>
        <message>
            <source>Collection (its file, rows and provenance go to the team):</source>
            <translation>数据集（其文件、行及来源信息将发送给团队）：</translation>
        </message>
        <message>
            <source>Not shared: {error}</source>
            <translation>未共享：{error}</translation>
        </message>
        <message>
            <source>Shared “{name}” with the team ({file}, sha256 {sha256}).</source>
            <translation>已与团队共享“{name}”（{file}，sha256 {sha256}）。</translation>
        </message>
        <message>
            <source>The team's collections cannot be read: {error}</source>
            <translation>无法读取团队的数据集：{error}</translation>
        </message>
        <message numerus="yes">
            <source>Now using the team's release of “{name}” ({file}, %n record(s)).</source>
            <translation>
                <numerusform>现已使用团队版本的“{name}”（{file}，%Ln 条记录）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Fetching the team's “{name}”…</source>
            <translation>正在获取团队的“{name}”…</translation>
        </message>
    </context>
    <context>
        <name>TeamMixin</name>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (unset {variable} or correct it).</source>
            <translation>未能打开团队工作区：{error} 已改为打开您自己的工作区（请取消设置或更正 {variable}）。</translation>
        </message>
        <message>
            <source>Team workspace not opened: {error} Your own workspace is open instead (Edit ▸ Preferences to change the address).</source>
            <translation>未能打开团队工作区：{error} 已改为打开您自己的工作区（可在“编辑 ▸ 首选项”中更改地址）。</translation>
        </message>
        <message>
            <source>Opening the team workspace {address}…</source>
            <translation>正在打开团队工作区 {address}…</translation>
        </message>
        <message>
            <source>No password given: your changes stay on this computer until you connect (Team ▸ Sync now).</source>
            <translation>未提供密码：在连接之前，您的更改将保留在本机（团队 ▸ 立即同步）。</translation>
        </message>
        <message>
            <source>There is no system keyring here: the password will be asked for again next time.</source>
            <translation>此系统没有密钥环：下次仍会询问密码。</translation>
        </message>
        <message>
            <source>The team's server has not answered for {seconds} s.</source>
            <translation>团队服务器已 {seconds} 秒无响应。</translation>
        </message>
        <message>
            <source>Not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>未连接团队工作区（编辑 ▸ 首选项）。</translation>
        </message>
        <message>
            <source>Your team shares “{name}” ({file}, shared by {who}), which this computer does not use: Team ▸ Team collections.</source>
            <translation>您的团队共享了“{name}”（{file}，由 {who} 共享），本机尚未使用：团队 ▸ 团队数据集。</translation>
        </message>
        <message numerus="yes">
            <source>Not made on the team's server: {reason} (and %n more)</source>
            <translation>
                <numerusform>未能在团队服务器上执行：{reason}（另有 %Ln 项）</numerusform>
            </translation>
        </message>
        <message>
            <source>Not made on the team's server: {reason}</source>
            <translation>未能在团队服务器上执行：{reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) from your team.</source>
            <translation>
                <numerusform>来自团队的 %Ln 项更改。</numerusform>
            </translation>
        </message>
        <message>
            <source>A colleague changed the same briefing as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation>一位同事与您修改了同一份简报：两个版本均已保留（提示中会并排显示两者；请选择其一）。</translation>
        </message>
        <message>
            <source>A colleague changed the same note as you: both versions are kept (a note shows both side by side; choose one).</source>
            <translation>一位同事与您修改了同一条笔记：两个版本均已保留（提示中会并排显示两者；请选择其一）。</translation>
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (unset {variable} to choose another).</source>
            <translation>{error} 可通过“团队 ▸ 立即同步”重试（取消设置 {variable} 可另选）。</translation>
        </message>
        <message>
            <source>{error} Team ▸ Sync now tries again (Edit ▸ Preferences).</source>
            <translation>{error} 可通过“团队 ▸ 立即同步”重试（编辑 ▸ 首选项）。</translation>
        </message>
        <message>
            <source>{detail} Your changes are kept on this computer.</source>
            <translation>{detail} 您的更改已保留在本机。</translation>
        </message>
        <message>
            <source>Offline: your edits to this briefing are sent when the team's server answers (a colleague's edits meanwhile are kept beside yours).</source>
            <translation>离线：团队服务器响应后，将发送您对此简报的编辑（在此期间同事的编辑将与您的编辑一并保留）。</translation>
        </message>
        <message>
            <source>{who} is editing this briefing (until {until} UTC unless they go on): it is shown read-only here, and opens for you when they are done.</source>
            <translation>{who} 正在编辑此简报（若不继续编辑，则至 {until} UTC 为止）：此处以只读方式显示，对方完成后即可供您编辑。</translation>
        </message>
        <message>
            <source>You are editing this briefing: colleagues see it read-only until you open another or close BRI Desktop.</source>
            <translation>您正在编辑此简报：在您打开其他简报或关闭 BRI Desktop 之前，同事只能以只读方式查看。</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message>
            <source>added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>已更改</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>已重命名</translation>
        </message>
        <message>
            <source>reordered</source>
            <translation>已重新排序</translation>
        </message>
        <message>
            <source>published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>pin</source>
            <translation>固定项</translation>
        </message>
        <message>
            <source>tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>view</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>briefing</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Team: recent changes</source>
            <translation>团队：最近更改</translation>
        </message>
        <message>
            <source>Colleague:</source>
            <translation>同事：</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>What</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>更改</translation>
        </message>
        <message>
            <source>Everyone ({count})</source>
            <translation>所有人（{count}）</translation>
        </message>
        <message>
            <source>This window is not connected to a team workspace (Edit ▸ Preferences).</source>
            <translation>此窗口未连接到团队工作区（编辑 ▸ 首选项）。</translation>
        </message>
        <message>
            <source>No changes yet (or not fetched yet: Sync now).</source>
            <translation>暂无更改（或尚未获取：请点击“立即同步”）。</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of the %n latest change(s).</source>
            <translation>
                <numerusform>最近 %Ln 项更改中的 {shown} 项。</numerusform>
            </translation>
        </message>
        <message>
            <source>renamed: from {old}</source>
            <translation>已重命名：原名 {old}</translation>
        </message>
        <message>
            <source>{action}: {summary}</source>
            <translation>{action}：{summary}</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Timeline lanes</source>
            <translation>时间线分组</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Show a longer stretch of time (−, or the wheel)</source>
            <translation>显示更长的时间段（−，或滚轮）</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Show a shorter stretch of time (+, or the wheel)</source>
            <translation>显示更短的时间段（+，或滚轮）</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>全部显示</translation>
        </message>
        <message>
            <source>Show every dated record (0)</source>
            <translation>显示所有有日期的记录（0）</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Pin the timeline</source>
            <translation>固定时间线</translation>
        </message>
        <message>
            <source>Pin this timeline (its lanes, stretch of time and filters) to the Pinboard</source>
            <translation>将此时间线（及其分组、时间段和筛选条件）固定到固定板</translation>
        </message>
        <message>
            <source>Timeline range</source>
            <translation>时间线范围</translation>
        </message>
        <message>
            <source>Timeline summary</source>
            <translation>时间线摘要</translation>
        </message>
        <message>
            <source>&amp;Lanes:</source>
            <translation>分组(&amp;L)：</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Timeline chart</source>
            <translation>时间线图表</translation>
        </message>
    </context>
    <context>
        <name>ViewPinsMixin</name>
        <message>
            <source>Corridor map (geographic)</source>
            <translation>走廊地图（地理）</translation>
        </message>
        <message>
            <source>Corridor map (schematic)</source>
            <translation>走廊地图（示意）</translation>
        </message>
        <message>
            <source>Timeline by kind, {stretch}</source>
            <translation>时间线（按类别），{stretch}</translation>
        </message>
        <message>
            <source>Timeline by country, {stretch}</source>
            <translation>时间线（按国家），{stretch}</translation>
        </message>
        <message>
            <source>open the pinned chart</source>
            <translation>打开固定的图表</translation>
        </message>
        <message>
            <source>open the pinned map</source>
            <translation>打开固定的地图</translation>
        </message>
        <message>
            <source>open the pinned timeline</source>
            <translation>打开固定的时间线</translation>
        </message>
        <message>
            <source>open the pinned figures</source>
            <translation>打开固定的数据对比</translation>
        </message>
        <message>
            <source>Chart pinned: it is drawn again from its settings.</source>
            <translation>图表已固定：将按其设置重新绘制。</translation>
        </message>
        <message>
            <source>Timeline pinned: it is drawn again from its settings.</source>
            <translation>时间线已固定：将按其设置重新绘制。</translation>
        </message>
        <message>
            <source>Figures: {measure}</source>
            <translation>数据对比：{measure}</translation>
        </message>
        <message>
            <source>Figures pinned: they are read again from the dataset.</source>
            <translation>数据对比已固定：将从数据集中重新读取数据。</translation>
        </message>
    </context>
    <context>
        <name>ViewsMixin</name>
        <message>
            <source>The chart is not ready yet.</source>
            <translation>图表尚未就绪。</translation>
        </message>
        <message>
            <source>The corridor map is not ready yet.</source>
            <translation>走廊地图尚未就绪。</translation>
        </message>
        <message>
            <source>The timeline is not ready yet.</source>
            <translation>时间线尚未就绪。</translation>
        </message>
        <message>
            <source>The figures are not ready yet.</source>
            <translation>数据对比尚未就绪。</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Corridor map</source>
            <translation>走廊地图</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数据对比</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>show the records related to {corridor}</source>
            <translation>显示与{corridor}相关的记录</translation>
        </message>
        <message>
            <source>The chart is being counted for the new filters: export it once it is drawn.</source>
            <translation>正在按新筛选计算图表：请在图表绘制完成后再导出。</translation>
        </message>
        <message>
            <source>There is no measure '{measure}' in this dataset.</source>
            <translation>此数据集中没有度量“{measure}”。</translation>
        </message>
        <message>
            <source>There is no source '{source}' in this dataset.</source>
            <translation>此数据集中没有来源“{source}”。</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>{file} has no sheet named '{sheet}' (it has: {sheets})</source>
            <translation>{file} 中没有名为“{sheet}”的工作表（现有工作表：{sheets}）</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be made ({error}). Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation>无法保存您的工作区：无法创建文件夹 {folder}（{error}）。现在创建的固定项和笔记将在 BRI Desktop 关闭时丢失。</translation>
        </message>
        <message>
            <source>The workspace {path} could not be read ({problem}); it was moved to {aside} and a new, empty one started.</source>
            <translation>无法读取工作区 {path}（{problem}）；已将其移至 {aside}，并新建了一个空工作区。</translation>
        </message>
        <message>
            <source>The workspace {path} cannot be written: it is opened read-only, and changes are not kept.</source>
            <translation>无法写入工作区 {path}：已以只读方式打开，更改不会被保存。</translation>
        </message>
        <message>
            <source>Your workspace cannot be kept: the folder {folder} cannot be written. Pins and notes made now are lost when BRI Desktop closes.</source>
            <translation>无法保存您的工作区：无法写入文件夹 {folder}。现在创建的固定项和笔记将在 BRI Desktop 关闭时丢失。</translation>
        </message>
        <message>
            <source>The workspace {path} was made by a newer BRI Desktop (workspace schema {found}; this version knows {known}): it is opened read-only and left as it is.</source>
            <translation>工作区 {path} 由较新版本的 BRI Desktop 创建（工作区架构 {found}；本版本支持 {known}）：已以只读方式打开，并保持原样。</translation>
        </message>
        <message>
            <source>Another computer is upgrading the team workspace to a newer version: waiting for it to finish…</source>
            <translation>另一台计算机正在将团队工作区升级到新版本：正在等待其完成…</translation>
        </message>
        <message>
            <source>The team workspace was being upgraded by another computer for over {seconds} s: try again later.</source>
            <translation>另一台计算机升级团队工作区已超过 {seconds} 秒：请稍后重试。</translation>
        </message>
        <message>
            <source>The workspace is read-only.</source>
            <translation>工作区为只读。</translation>
        </message>
        <message>
            <source>A tag needs a name.</source>
            <translation>标签必须有名称。</translation>
        </message>
        <message>
            <source>A saved view needs a name.</source>
            <translation>已保存视图必须有名称。</translation>
        </message>
        <message>
            <source>There is already a saved view called “{name}”.</source>
            <translation>已存在名为“{name}”的已保存视图。</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceMixin</name>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Update with the current view</source>
            <translation>用当前视图更新</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>固定</translation>
        </message>
        <message>
            <source>Your workspace is still opening: try again in a moment.</source>
            <translation>工作区仍在打开：请稍后重试。</translation>
        </message>
        <message>
            <source>Un&amp;pin this record</source>
            <translation>取消固定此记录(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation>固定此记录(&amp;P)</translation>
        </message>
        <message>
            <source>Open a record first: then Ctrl+D pins it.</source>
            <translation>请先打开一条记录，然后按 Ctrl+D 将其固定。</translation>
        </message>
        <message>
            <source>Pinned “{title}”.</source>
            <translation>已固定“{title}”。</translation>
        </message>
        <message>
            <source>There are no tags yet: add one in the details pane.</source>
            <translation>尚无标签：请在详细信息窗格中添加。</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>New name for “{tag}” (the name of another tag merges the two):</source>
            <translation>“{tag}”的新名称（若使用另一个标签的名称，则合并两者）：</translation>
        </message>
        <message>
            <source>open a saved view</source>
            <translation>打开已保存视图</translation>
        </message>
        <message>
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <source>Name of this view (the kind, search, filters, sort, columns, chart and map):</source>
            <translation>此视图的名称（包括类别、搜索、筛选、排序、列、图表和地图）：</translation>
        </message>
        <message>
            <source>Saved the view “{name}”.</source>
            <translation>已保存视图“{name}”。</translation>
        </message>
        <message>
            <source>There is no saved view “{name}” any more.</source>
            <translation>已保存视图“{name}”已不存在。</translation>
        </message>
        <message>
            <source>The saved view “{name}” cannot be opened: {error}</source>
            <translation>无法打开已保存视图“{name}”：{error}</translation>
        </message>
        <message>
            <source>No saved views yet: View &gt; Saved views &gt; Save this view.</source>
            <translation>尚无已保存视图：请使用“视图 &gt; 已保存视图 &gt; 保存此视图”。</translation>
        </message>
        <message>
            <source>Saved views</source>
            <translation>已保存视图</translation>
        </message>
        <message>
            <source>View:</source>
            <translation>视图：</translation>
        </message>
        <message>
            <source>Saved view “{name}”</source>
            <translation>已保存视图“{name}”</translation>
        </message>
        <message>
            <source>Do:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>Rename saved view</source>
            <translation>重命名已保存视图</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>A link to this view is on the clipboard: paste it into an e-mail; it opens with File &gt; Open link.</source>
            <translation>此视图的链接已复制到剪贴板：可将其粘贴到电子邮件中，通过“文件 &gt; 打开链接”即可打开。</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>打开链接</translation>
        </message>
        <message>
            <source>Paste a BRI Desktop view link:</source>
            <translation>粘贴 BRI Desktop 视图链接：</translation>
        </message>
        <message>
            <source>Export workspace</source>
            <translation>导出工作区</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>无法写入 {file}：{error}</translation>
        </message>
        <message>
            <source>Workspace written to {file}</source>
            <translation>工作区已写入 {file}</translation>
        </message>
        <message>
            <source>Import workspace</source>
            <translation>导入工作区</translation>
        </message>
        <message>
            <source>{error} Your workspace is as it was.</source>
            <translation>{error} 您的工作区保持不变。</translation>
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <source>Ctrl+F or /</source>
            <translation>Ctrl+F 或 /</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <source>Switch record kind (Ctrl+9: everything)</source>
            <translation>切换记录类别（Ctrl+9：全部记录）</translation>
        </message>
        <message>
            <source>Copy selected rows (tab-separated, with headers)</source>
            <translation>复制所选行（制表符分隔，含表头）</translation>
        </message>
        <message>
            <source>Copy the selected record's citation</source>
            <translation>复制所选记录的引文</translation>
        </message>
        <message>
            <source>Export filtered records</source>
            <translation>导出筛选后的记录</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>清除所有筛选条件</translation>
        </message>
        <message>
            <source>Undo / redo a filter change</source>
            <translation>撤销/重做筛选更改</translation>
        </message>
        <message>
            <source>Back / forward (also the mouse's side buttons)</source>
            <translation>后退/前进（也可使用鼠标侧键）</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>空格键或回车键</translation>
        </message>
        <message>
            <source>Toggle the focused filter value</source>
            <translation>选中或取消选中当前焦点所在的筛选值</translation>
        </message>
        <message>
            <source>Pin or unpin the open record</source>
            <translation>固定或取消固定当前打开的记录</translation>
        </message>
        <message>
            <source>Show the Pinboard</source>
            <translation>显示固定板</translation>
        </message>
        <message>
            <source>Save this view</source>
            <translation>保存此视图</translation>
        </message>
        <message>
            <source>Copy a link to this view</source>
            <translation>复制此视图的链接</translation>
        </message>
        <message>
            <source>Open a view link</source>
            <translation>打开视图链接</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>此列表</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Running from source.</source>
            <translation>从源代码运行。</translation>
        </message>
        <message>
            <source>Build {version} from commit {commit} ({date}) for {platform}.</source>
            <translation>版本 {version}，构建自提交 {commit}（{date}），适用于 {platform}。</translation>
        </message>
        <message>
            <source>publisher not stated</source>
            <translation>未注明发布方</translation>
        </message>
        <message>
            <source>An offline reference on China–Central Asia Belt and Road cooperation.</source>
            <translation>中国—中亚“一带一路”合作离线参考资料。</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Licences</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Built with Qt for Python (PySide6 {version}, LGPLv3), SQLite (public domain), SQLAlchemy (MIT), pandas (BSD), pyqtgraph (MIT) and openpyxl (MIT).</source>
            <translation>基于 Qt for Python（PySide6 {version}，LGPLv3）、SQLite（公有领域）、SQLAlchemy（MIT）、pandas（BSD）、pyqtgraph（MIT）和 openpyxl（MIT）构建。</translation>
        </message>
        <message>
            <source>About BRI Desktop</source>
            <translation>关于 BRI Desktop</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
    </context>
    <context>
        <name>aiddata</name>
        <message>
            <source>the recipient is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>受援国不在 BRI Desktop 涵盖的中亚五国之内</translation>
        </message>
        <message>
            <source>{file} does not have AidData's columns Title and Recipient: import it as a table instead</source>
            <translation>{file} 没有 AidData 的 Title 和 Recipient 列：请改为以通用表格导入</translation>
        </message>
        <message>
            <source>US dollars, from AidData's column {column}</source>
            <translation>美元，取自 AidData 的 {column} 列</translation>
        </message>
        <message>
            <source>no amount column</source>
            <translation>无金额列</translation>
        </message>
        <message>
            <source>No amount column (Amount (Constant USD …)) found: records carry no value.</source>
            <translation>未找到金额列（Amount (Constant USD …)）：记录将不含金额。</translation>
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation>
                <numerusform>已略去 %Ln 个合计行。</numerusform>
            </translation>
        </message>
        <message>
            <source>is empty: a project needs a recipient</source>
            <translation>为空：项目必须有受援国</translation>
        </message>
        <message>
            <source>Recipients left out, most rows first: {recipients}.</source>
            <translation>被略去的受援国（按行数从多到少）：{recipients}。</translation>
        </message>
        <message>
            <source>is empty: a project needs a title</source>
            <translation>为空：项目必须有标题</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>BRI Desktop cannot start:
{error}</source>
            <translation>BRI Desktop 无法启动：
{error}</translation>
        </message>
        <message>
            <source>Settings not usable, defaults used instead: {keys} (in {file}).</source>
            <translation>部分设置无法使用，已改用默认值：{keys}（位于 {file}）。</translation>
        </message>
        <message>
            <source>Imported collections are not shown: {error}</source>
            <translation>未显示导入的数据集：{error}</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>上一个操作</translation>
        </message>
    </context>
    <context>
        <name>briefing_flow</name>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
    </context>
    <context>
        <name>briefing_pane</name>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Figures compared</source>
            <translation>数据对比</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>笔记：{text}</translation>
        </message>
        <message>
            <source>Table: {name}</source>
            <translation>表格：{name}</translation>
        </message>
        <message>
            <source>{what}: {title}</source>
            <translation>{what}：{title}</translation>
        </message>
    </context>
    <context>
        <name>briefing_render</name>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>{footer} · page {number} of {count}</source>
            <translation>{footer} · 第 {number} 页，共 {count} 页</translation>
        </message>
    </context>
    <context>
        <name>briefings</name>
        <message>
            <source>A briefing needs a name.</source>
            <translation>简报需要名称。</translation>
        </message>
        <message numerus="yes">
            <source>A briefing's name has at most %n character(s).</source>
            <translation>
                <numerusform>简报名称最多 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone else saved the briefing “{name}” meanwhile.</source>
            <translation>在此期间，其他人已保存简报“{name}”。</translation>
        </message>
        <message>
            <source>There is already a briefing called “{name}”.</source>
            <translation>已存在名为“{name}”的简报。</translation>
        </message>
    </context>
    <context>
        <name>cgit</name>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>该国家不在 BRI Desktop 涵盖的中亚五国之内</translation>
        </message>
        <message>
            <source>is empty: a investment needs its Chinese party</source>
            <translation>为空：投资必须有中方当事方</translation>
        </message>
        <message>
            <source>is empty: a construction contract needs its Chinese party</source>
            <translation>为空：建设合同必须有中方当事方</translation>
        </message>
        <message>
            <source>is empty: a troubled transaction needs its Chinese party</source>
            <translation>为空：受阻交易必须有中方当事方</translation>
        </message>
        <message>
            <source>is empty: a investment or construction contract needs its Chinese party</source>
            <translation>为空：投资或建设合同必须有中方当事方</translation>
        </message>
        <message>
            <source>Sheet {sheets} left out: it repeats Dataset 1 and Dataset 2, which are imported (both would count each deal twice).</source>
            <translation>已略去工作表 {sheets}：它重复了已导入的数据集 1 和数据集 2（同时导入会使每笔交易被计算两次）。</translation>
        </message>
        <message>
            <source>is empty: a deal needs a country</source>
            <translation>为空：交易必须有国家</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}' does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation>{file} 的工作表“{sheet}”没有 CGIT 的列（Investor 或 Contractor、Quantity in Millions、Country）：请改为以通用表格导入</translation>
        </message>
        <message>
            <source>{file} does not have CGIT's columns (Investor or Contractor, Quantity in Millions, Country): import it as a table instead</source>
            <translation>{file} 没有 CGIT 的列（Investor 或 Contractor、Quantity in Millions、Country）：请改为以通用表格导入</translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: total %n row(s) left out (row {rows}).</source>
            <translation>
                <numerusform>{sheet}：已略去 %Ln 个合计行（第 {rows} 行）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sheet}: %n row(s) hidden by a saved filter, imported like the others.</source>
            <translation>
                <numerusform>{sheet}：有 %Ln 行被已保存的筛选隐藏，已与其他行一样导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet}: amounts such as '1.740' read as 1,740 (the dot separates thousands in every amount of this file).</source>
            <translation>{sheet}：“1.740”之类的金额按 1,740 读取（此文件所有金额中的点号均为千位分隔符）。</translation>
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation>被略去的国家（按行数从多到少）：{countries}。</translation>
        </message>
    </context>
    <context>
        <name>chart_panel</name>
        <message numerus="yes">
            <source>{figure} from %n record(s)</source>
            <translation>
                <numerusform>{figure}，来自 %Ln 条记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of the values are stated with a qualifier (over, about…)</source>
            <translation>
                <numerusform>其中 %Ln 个数值带有限定词（超过、约…）</numerusform>
            </translation>
        </message>
        <message>
            <source>Largest:</source>
            <translation>最大：</translation>
        </message>
        <message>
            <source>These records state no value for this: sort the table by that column to see them (they come last).</source>
            <translation>这些记录未说明此项数值：按该列对表格排序即可看到它们（排在最后）。</translation>
        </message>
        <message>
            <source>Click to filter to this bar; click again to undo.</source>
            <translation>单击可按此条形筛选；再次单击可撤销。</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <source>Disclosed investment (USD)</source>
            <translation>已披露投资额（美元）</translation>
        </message>
        <message>
            <source>Number of agreements</source>
            <translation>协议数量</translation>
        </message>
        <message>
            <source>Number of projects</source>
            <translation>项目数量</translation>
        </message>
        <message>
            <source>by sector</source>
            <translation>按行业</translation>
        </message>
        <message>
            <source>by country</source>
            <translation>按国家</translation>
        </message>
        <message>
            <source>by year</source>
            <translation>按年份</translation>
        </message>
        <message>
            <source>by event</source>
            <translation>按活动</translation>
        </message>
        <message>
            <source>Stack by country</source>
            <translation>按国家堆叠</translation>
        </message>
        <message>
            <source>Stack by status</source>
            <translation>按状态堆叠</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by sector</source>
            <translation>按行业统计的已披露投资额（美元）</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by country</source>
            <translation>按国家统计的已披露投资额（美元）</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by year</source>
            <translation>按年份统计的已披露投资额（美元）</translation>
        </message>
        <message>
            <source>Disclosed investment (USD) by event</source>
            <translation>按活动统计的已披露投资额（美元）</translation>
        </message>
        <message>
            <source>Number of agreements by sector</source>
            <translation>按行业统计的协议数量</translation>
        </message>
        <message>
            <source>Number of agreements by country</source>
            <translation>按国家统计的协议数量</translation>
        </message>
        <message>
            <source>Number of agreements by year</source>
            <translation>按年份统计的协议数量</translation>
        </message>
        <message>
            <source>Number of agreements by event</source>
            <translation>按活动统计的协议数量</translation>
        </message>
        <message>
            <source>Number of projects by sector</source>
            <translation>按行业统计的项目数量</translation>
        </message>
        <message>
            <source>Number of projects by country</source>
            <translation>按国家统计的项目数量</translation>
        </message>
        <message>
            <source>Number of projects by year</source>
            <translation>按年份统计的项目数量</translation>
        </message>
        <message>
            <source>Number of projects by event</source>
            <translation>按活动统计的项目数量</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by sector and not in the bars:</source>
            <translation>已宣布的一揽子协议总额（未按行业分配，未计入条形）：</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by country and not in the bars:</source>
            <translation>已宣布的一揽子协议总额（未按国家分配，未计入条形）：</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by year and not in the bars:</source>
            <translation>已宣布的一揽子协议总额（未按年份分配，未计入条形）：</translation>
        </message>
        <message>
            <source>Announced package totals, not allocated by event and not in the bars:</source>
            <translation>已宣布的一揽子协议总额（未按活动分配，未计入条形）：</translation>
        </message>
        <message>
            <source>No records match the filters with this measure.</source>
            <translation>按此统计方式，没有符合筛选条件的记录。</translation>
        </message>
        <message>
            <source>Still counting: {share} of the search's matches so far. Each bar is a floor and grows until the chart is exact.</source>
            <translation>仍在计数：目前已统计搜索匹配项的 {share}。每个条形均为下限值，会持续增长，直至图表准确。</translation>
        </message>
        <message>
            <source>Each collection has its own bar ({collections}): figures from different sources are never added together; the same deal may appear in more than one.</source>
            <translation>每个数据集有各自的条形（{collections}）：来自不同来源的数据从不相加；同一交易可能出现在多个数据集中。</translation>
        </message>
        <message numerus="yes">
            <source>{figure} · %n record(s)</source>
            <translation>
                <numerusform>{figure} · %Ln 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>Each project's investment counts once; an agreement's value counts only when no project it concerns discloses an investment.</source>
            <translation>每个项目的投资额只计一次；仅当协议涉及的项目均未披露投资额时，才计入该协议的金额。</translation>
        </message>
        <message>
            <source>Records count in the year of their date, whatever its precision ("Oct 2023" and "2023" both in 2023).</source>
            <translation>记录按其日期所在年份计数，无论日期精度如何（“Oct 2023”和“2023”均计入 2023 年）。</translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n project(s) disclose no value.</source>
            <translation>
                <numerusform>%Ln 个项目中有 {missing} 个未披露金额。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n agreement(s) disclose no value.</source>
            <translation>
                <numerusform>%Ln 项协议中有 {missing} 项未披露金额。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n projects with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation>
                <numerusform>%Ln 个有金额的项目会列出，但不计入合计（受阻交易，以及其数据集不建议计入总额的行）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreements with a value are listed but never summed (troubled transactions, and rows their dataset does not recommend for totals).</source>
            <translation>
                <numerusform>%Ln 项有金额的协议会列出，但不计入合计（受阻交易，以及其数据集不建议计入总额的行）。</numerusform>
            </translation>
        </message>
        <message>
            <source>{facet} applies to agreements only: projects are counted whatever their {facet_lower}.</source>
            <translation>{facet}仅适用于协议：项目不论{facet_lower}如何均计入。</translation>
        </message>
        <message>
            <source>{facet} applies to projects only: agreements are counted whatever their {facet_lower}.</source>
            <translation>{facet}仅适用于项目：协议不论{facet_lower}如何均计入。</translation>
        </message>
        <message>
            <source>{facet} does not apply to projects: the chart ignores it.</source>
            <translation>{facet}不适用于项目：图表将忽略此筛选。</translation>
        </message>
        <message>
            <source>{facet} does not apply to agreements: the chart ignores it.</source>
            <translation>{facet}不适用于协议：图表将忽略此筛选。</translation>
        </message>
        <message>
            <source>{facet} does not apply to agreements and projects: the chart ignores it.</source>
            <translation>{facet}不适用于协议和项目：图表将忽略此筛选。</translation>
        </message>
        <message>
            <source>several countries</source>
            <translation>多个国家</translation>
        </message>
        <message>
            <source>{name} ({country}): {count} items, {total}</source>
            <translation>{name}（{country}）：{count} 项，{total}</translation>
        </message>
        <message>
            <source>{name} ({country}): {total}</source>
            <translation>{name}（{country}）：{total}</translation>
        </message>
        <message>
            <source>{title} · Filters: {filters} · Dataset {version} · Source: BRI Desktop dataset</source>
            <translation>{title} · 筛选：{filters} · 数据集版本 {version} · 来源：BRI Desktop 数据集</translation>
        </message>
    </context>
    <context>
        <name>chip_texts</name>
        <message>
            <source>Search: {text}</source>
            <translation>搜索：{text}</translation>
        </message>
        <message>
            <source>{facet}: {value}</source>
            <translation>{facet}：{value}</translation>
        </message>
        <message>
            <source>Date: {start} – {end}</source>
            <translation>日期：{start} – {end}</translation>
        </message>
        <message>
            <source>Value: any – {high}</source>
            <translation>金额：不限 – {high}</translation>
        </message>
        <message>
            <source>Value: {low} – any</source>
            <translation>金额：{low} – 不限</translation>
        </message>
        <message>
            <source>Value: {low} – {high}</source>
            <translation>金额：{low} – {high}</translation>
        </message>
    </context>
    <context>
        <name>combine</name>
        <message>
            <source>Copying the bundled dataset</source>
            <translation>正在复制内置数据集</translation>
        </message>
        <message>
            <source>Adding {name}</source>
            <translation>正在添加 {name}</translation>
        </message>
        <message>
            <source>The collection '{name}' is left out: {error}.</source>
            <translation>已略去数据集“{name}”：{error}。</translation>
        </message>
        <message>
            <source>Finding possible matches</source>
            <translation>正在查找可能的匹配项</translation>
        </message>
        <message>
            <source>cannot write the combined dataset {file}: {error}</source>
            <translation>无法写入合并后的数据集 {file}：{error}</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, years {first} and {second}.</source>
            <translation>国家（{country}）和行业（{sector}）相同，两者均涉及 {organizations}，年份分别为 {first} 和 {second}。</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, the same year, {first}.</source>
            <translation>国家（{country}）和行业（{sector}）相同，两者均涉及 {organizations}，年份相同，均为 {first}。</translation>
        </message>
        <message>
            <source>Same country ({country}) and sector ({sector}), {organizations} in both, a year not stated in one of them.</source>
            <translation>国家（{country}）和行业（{sector}）相同，两者均涉及 {organizations}，其中一方未说明年份。</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first}、{second}</translation>
        </message>
    </context>
    <context>
        <name>common</name>
        <message>
            <source>China Global Investment Tracker (AEI)</source>
            <translation>China Global Investment Tracker (AEI)</translation>
        </message>
        <message>
            <source>AidData Global Chinese Development Finance</source>
            <translation>AidData Global Chinese Development Finance</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>通用表格</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out: {reason}.</source>
            <translation>
                <numerusform>已略去 %Ln 行：{reason}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>{path} is a folder, not a dataset file: give the .sqlite file in it</source>
            <translation>{path} 是文件夹，不是数据集文件：请指定其中的 .sqlite 文件</translation>
        </message>
        <message>
            <source>Dataset not found: {path}</source>
            <translation>未找到数据集：{path}</translation>
        </message>
        <message>
            <source>{path} is not a readable SQLite database ({error})</source>
            <translation>{path} 不是可读取的 SQLite 数据库（{error}）</translation>
        </message>
        <message>
            <source>Rebuild it with `bri-desktop data build` (or open the bundled dataset).</source>
            <translation>请使用 `bri-desktop data build` 重新构建（或打开内置数据集）。</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop dataset (it has no meta or agreements table).</source>
            <translation>{path} 不是 BRI Desktop 数据集（缺少 meta 或 agreements 表）。</translation>
        </message>
        <message>
            <source>{path}: its meta table cannot be read ({error}).</source>
            <translation>{path}：无法读取其 meta 表（{error}）。</translation>
        </message>
        <message>
            <source>{path} was built by a newer BRI Desktop (dataset schema {found}; this version reads schema {version}). Update BRI Desktop to open it.</source>
            <translation>{path} 由较新版本的 BRI Desktop 构建（数据集架构 {found}；本版本读取架构 {version}）。请更新 BRI Desktop 后再打开。</translation>
        </message>
        <message>
            <source>{path} was built by an older BRI Desktop (dataset schema {found}; this version reads schema {version}).</source>
            <translation>{path} 由较旧版本的 BRI Desktop 构建（数据集架构 {found}；本版本读取架构 {version}）。</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>{path} lacks tables BRI Desktop needs: {tables}.</source>
            <translation>{path} 缺少 BRI Desktop 所需的表：{tables}。</translation>
        </message>
        <message>
            <source>{path}: table {table} lacks columns {columns} that BRI Desktop reads.</source>
            <translation>{path}：表 {table} 缺少 BRI Desktop 读取的列 {columns}。</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <source>'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>“{text}”不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>'{text}': year {year} is outside 1900-2100</source>
            <translation>“{text}”：年份 {year} 不在 1900 到 2100 之间</translation>
        </message>
        <message>
            <source>'{text}': there is no month {month}</source>
            <translation>“{text}”：不存在月份 {month}</translation>
        </message>
        <message>
            <source>'{text}': {month} has no day {day}</source>
            <translation>“{text}”：{month}没有{day}日</translation>
        </message>
        <message>
            <source>{first}–{last} {month}</source>
            <extracomment>Days of one month: {first}, {last} the days; {month} the month and year as they follow a day ("Jun 2025", "июня 2025", "2025年6月"). Chinese: "{month}{first}–{last}日".</extracomment>
            <translation>{month}{first}–{last}日</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <extracomment>From one date to another: "Oct 2023 – Feb 2024", "12 May 2024 – 3 Jun 2024".</extracomment>
            <translation>{start}至{end}</translation>
        </message>
    </context>
    <context>
        <name>docx_out</name>
        <message>
            <source>{footer} · page {page}</source>
            <extracomment>{page}: the page's number, filled in by Word</extracomment>
            <translation>{footer} · 第 {page} 页</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Details are in the log: {log}.</source>
            <translation>详细信息见日志：{log}。</translation>
        </message>
        <message>
            <source>Details are in the log.</source>
            <translation>详细信息见日志。</translation>
        </message>
        <message>
            <source>{what} could not be read: {error}. The dataset file changed or was damaged while BRI Desktop ran: restart it, or open another dataset.</source>
            <translation>无法读取{what}：{error}。数据集文件在 BRI Desktop 运行期间被更改或损坏：请重启 BRI Desktop，或打开其他数据集。</translation>
        </message>
        <message>
            <source>{what} took too long and was stopped: the search or the filters are too broad. Narrow them and try again.</source>
            <translation>{what}耗时过长，已停止：搜索或筛选条件范围过宽。请缩小范围后重试。</translation>
        </message>
        <message>
            <source>{what} could not be read: the dataset file does not have the tables or columns this version of BRI Desktop needs. Open a dataset built by this version (bri-desktop data build), or reinstall.</source>
            <translation>无法读取{what}：数据集文件缺少此版本 BRI Desktop 所需的表或列。请打开由此版本构建的数据集（bri-desktop data build），或重新安装。</translation>
        </message>
        <message>
            <source>{what} could not be read from the dataset file, which may be damaged or changed while the app runs. Restart BRI Desktop; if it happens again, reinstall or rebuild the dataset.</source>
            <translation>无法从数据集文件读取{what}，该文件可能已损坏，或在应用运行期间被更改。请重启 BRI Desktop；如果问题再次出现，请重新安装或重新构建数据集。</translation>
        </message>
        <message>
            <source>{what} needs more memory than is free. Narrow the filters and try again.</source>
            <translation>{what}所需内存超过可用内存。请缩小筛选范围后重试。</translation>
        </message>
        <message>
            <source>{what} failed: {reason}.</source>
            <translation>{what}失败：{reason}。</translation>
        </message>
        <message>
            <source>{what} failed because of a fault in BRI Desktop.</source>
            <translation>{what}因 BRI Desktop 出现故障而失败。</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{count} {kind}</source>
            <translation>{count} {kind}</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>BRI Desktop dataset {version}</source>
            <translation>BRI Desktop 数据集版本 {version}</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Sorted by</source>
            <translation>排序方式</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>BRI Desktop dataset; every record cites its source: an article's words, or the row of an imported file</source>
            <translation>BRI Desktop 数据集；每条记录均注明其来源：文章原文，或导入文件中的行</translation>
        </message>
        <message>
            <source>{column} qualifier</source>
            <translation>{column}限定词</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>{written} records were read but the stamp says {count}: the dataset changed while exporting; try again</source>
            <translation>已读取 {written} 条记录，但导出标记中为 {count} 条：导出期间数据集发生了变化；请重试</translation>
        </message>
        <message>
            <source>About</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>export_flow</name>
        <message>
            <source>CSV, for Excel and analysis tools (*.csv)</source>
            <translation>CSV，适用于 Excel 和分析工具 (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>{column}, newest first (as in the table; records without a value last)</source>
            <translation>{column}，从新到旧（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>{column}, oldest first (as in the table; records without a value last)</source>
            <translation>{column}，从旧到新（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>{column}, largest first (as in the table; records without a value last)</source>
            <translation>{column}，从大到小（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>{column}, smallest first (as in the table; records without a value last)</source>
            <translation>{column}，从小到大（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>{column}, Z to A (as in the table; records without a value last)</source>
            <translation>{column}，Z 到 A（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>{column}, A to Z (as in the table; records without a value last)</source>
            <translation>{column}，A 到 Z（与表格一致；无值的记录排在最后）</translation>
        </message>
        <message>
            <source>Export filtered records</source>
            <translation>导出筛选后的记录</translation>
        </message>
        <message>
            <source>as shown in the table: {columns}, then Id and Sources</source>
            <translation>与表格中显示的一致：{columns}，然后是“编号”和“来源”</translation>
        </message>
        <message>
            <source>Exporting {records}…</source>
            <translation>正在导出 {records}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported {records} to {file}</source>
            <translation>已将 {records}导出到 {file}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}

Nothing was written.</source>
            <translation>无法写入 {file}：
{reason}

未写入任何内容。</translation>
        </message>
        <message>
            <source>Export cancelled; {file} was not written.</source>
            <translation>导出已取消；未写入 {file}。</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <source>▶ the figure is a floor (over, more than, at least)</source>
            <translation>▶ 该数值为下限值（超过、多于、至少）</translation>
        </message>
        <message>
            <source>◀ the figure is a ceiling (nearly, up to)</source>
            <translation>◀ 该数值为上限值（近、最多）</translation>
        </message>
        <message>
            <source>○ approximate (about)</source>
            <translation>○ 近似值（约）</translation>
        </message>
        <message>
            <source>● stated plainly</source>
            <translation>● 明确给出的数值</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>引述</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>{measure}: the figures different sources give, side by side, none reconciled: {figures}.</source>
            <translation>{measure}：不同来源给出的数据并列显示，均未经调和：{figures}。</translation>
        </message>
        <message numerus="yes">
            <source>%n of them hidden by the filters (faded).</source>
            <translation>
                <numerusform>其中 %Ln 项被筛选条件隐藏（淡化显示）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Filters: {filters}. Dataset {version}.</source>
            <translation>筛选：{filters}。数据集版本 {version}。</translation>
        </message>
    </context>
    <context>
        <name>figures_chart</name>
        <message>
            <source>BRI Desktop figures compared</source>
            <translation>BRI Desktop 数据对比</translation>
        </message>
    </context>
    <context>
        <name>figures_panel</name>
        <message numerus="yes">
            <source>{measure} ({kept} of %n figure(s) match the filters)</source>
            <translation>
                <numerusform>{measure}（%Ln 项数据中有 {kept} 项符合筛选条件）</numerusform>
            </translation>
        </message>
        <message>
            <source>value</source>
            <comment>the value range of a filter</comment>
            <translation>金额</translation>
        </message>
        <message>
            <source>date</source>
            <comment>the date range of a filter</comment>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>file_choice</name>
        <message>
            <source>Replace file?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <source>{file} already exists. Replace it?</source>
            <translation>{file} 已存在。要替换吗？</translation>
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
        <message>
            <source>search = "{text}"</source>
            <translation>搜索 = “{text}”</translation>
        </message>
        <message>
            <source>{facet} = {values}</source>
            <translation>{facet} = {values}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>value {low} to {high}</source>
            <translation>金额 {low} 至 {high}</translation>
        </message>
        <message>
            <source>date {start} to {end}</source>
            <translation>日期 {start} 至 {end}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
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
        <message numerus="yes">
            <source>… (%n more character(s); exports hold them all)</source>
            <translation>
                <numerusform>…（另有 %Ln 个字符；导出文件包含全部内容）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>geo</name>
        <message>
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>border crossing</source>
            <translation>口岸</translation>
        </message>
        <message>
            <source>station</source>
            <translation>车站</translation>
        </message>
        <message>
            <source>port</source>
            <translation>港口</translation>
        </message>
        <message>
            <source>dry port</source>
            <translation>陆港</translation>
        </message>
        <message>
            <source>field</source>
            <translation>油气田</translation>
        </message>
        <message>
            <source>region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>俄罗斯</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>阿塞拜疆</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>格鲁吉亚</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>阿富汗</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>伊朗</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>蒙古国</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>巴基斯坦</translation>
        </message>
        <message>
            <source>capacity ×{times}</source>
            <translation>运力 ×{times}</translation>
        </message>
        <message>
            <source>Caspian Sea</source>
            <translation>里海</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <source>clear all filters</source>
            <translation>清除所有筛选条件</translation>
        </message>
        <message>
            <source>search “{text}”</source>
            <translation>搜索“{text}”</translation>
        </message>
        <message>
            <source>clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <source>add {facet}: {value}</source>
            <translation>添加{facet}：{value}</translation>
        </message>
        <message>
            <source>remove {facet}: {value}</source>
            <translation>移除{facet}：{value}</translation>
        </message>
        <message>
            <source>change the value range</source>
            <translation>更改金额范围</translation>
        </message>
        <message>
            <source>change the date range</source>
            <translation>更改日期范围</translation>
        </message>
        <message>
            <source>change filters</source>
            <translation>更改筛选条件</translation>
        </message>
        <message numerus="yes">
            <source>{change} and %n more</source>
            <translation>
                <numerusform>{change}及另外 %Ln 项更改</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>image_export</name>
        <message>
            <source>Chart copied to the clipboard.</source>
            <translation>图表已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Corridor map copied to the clipboard.</source>
            <translation>走廊地图已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Timeline copied to the clipboard.</source>
            <translation>时间线已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Figures copied to the clipboard.</source>
            <translation>数据对比已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Chart written to {file}</source>
            <translation>图表已写入 {file}</translation>
        </message>
        <message>
            <source>Corridor map written to {file}</source>
            <translation>走廊地图已写入 {file}</translation>
        </message>
        <message>
            <source>Timeline written to {file}</source>
            <translation>时间线已写入 {file}</translation>
        </message>
        <message>
            <source>Figures written to {file}</source>
            <translation>数据对比已写入 {file}</translation>
        </message>
        <message>
            <source>Export chart as {format}</source>
            <translation>将图表导出为 {format}</translation>
        </message>
        <message>
            <source>Export corridor map as {format}</source>
            <translation>将走廊地图导出为 {format}</translation>
        </message>
        <message>
            <source>Export timeline as {format}</source>
            <translation>将时间线导出为 {format}</translation>
        </message>
        <message>
            <source>Export figures as {format}</source>
            <translation>将数据对比导出为 {format}</translation>
        </message>
        <message>
            <source>could not write {file}</source>
            <translation>无法写入 {file}</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>{file} cannot be written: {reason}. Nothing was written.</source>
            <translation>无法写入 {file}：{reason}。未写入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>items</name>
        <message>
            <source>The workspace is busy: another BRI Desktop window is saving to it. Try again in a moment; nothing was lost.</source>
            <translation>工作区正忙：另一个 BRI Desktop 窗口正在向其保存。请稍后重试；没有丢失任何内容。</translation>
        </message>
        <message>
            <source>The disk is full: the change was not saved. Free some space and try again.</source>
            <translation>磁盘已满：更改未保存。请释放一些空间后重试。</translation>
        </message>
        <message>
            <source>The workspace cannot be written (read-only): the change was not saved.</source>
            <translation>工作区无法写入（只读）：更改未保存。</translation>
        </message>
        <message>
            <source>The change could not be saved: {error}.</source>
            <translation>无法保存更改：{error}。</translation>
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
        <message numerus="yes">
            <source>{matched} of %n agreement(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 项协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n project(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n package(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 个一揽子协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n corridor(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 条走廊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n indicator(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 项指标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n organization(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 个机构</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n event(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n source(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{matched} of %n record(s)</source>
            <translation>
                <numerusform>{matched} / %Ln 条记录</numerusform>
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
        <name>kinds: indicator</name>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>&amp;Export filtered records…</source>
            <translation>导出筛选后的记录(&amp;E)…</translation>
        </message>
        <message>
            <source>Import &amp;dataset (CGIT, AidData, a table)…</source>
            <translation>导入数据集（CGIT、AidData、表格）(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Manage collections…</source>
            <translation>管理数据集(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Export briefing as &amp;Word…</source>
            <translation>将简报导出为 Word(&amp;W)…</translation>
        </message>
        <message>
            <source>Export briefing as PD&amp;F…</source>
            <translation>将简报导出为 PDF(&amp;F)…</translation>
        </message>
        <message>
            <source>Export briefing as Mar&amp;kdown…</source>
            <translation>将简报导出为 Markdown(&amp;K)…</translation>
        </message>
        <message>
            <source>&amp;Print briefing…</source>
            <translation>打印简报(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Copy selected rows</source>
            <translation>复制所选行(&amp;C)</translation>
        </message>
        <message>
            <source>Copy c&amp;itation</source>
            <translation>复制引文(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation>清除所有筛选(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Reset columns</source>
            <translation>重置列(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;About BRI Desktop</source>
            <translation>关于 BRI Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>前进(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Pin this record</source>
            <translation>固定此记录(&amp;P)</translation>
        </message>
        <message>
            <source>Pin the c&amp;hart</source>
            <translation>固定图表(&amp;H)</translation>
        </message>
        <message>
            <source>Pin the &amp;map view</source>
            <translation>固定地图视图(&amp;M)</translation>
        </message>
        <message>
            <source>Pin the tim&amp;eline</source>
            <translation>固定时间线(&amp;E)</translation>
        </message>
        <message>
            <source>Pin the fi&amp;gures compared</source>
            <translation>固定数据对比(&amp;G)</translation>
        </message>
        <message>
            <source>Rename or merge a &amp;tag…</source>
            <translation>重命名或合并标签(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Save this view…</source>
            <translation>保存此视图(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Manage saved views…</source>
            <translation>管理已保存视图(&amp;M)…</translation>
        </message>
        <message>
            <source>Copy a &amp;link to this view</source>
            <translation>复制此视图的链接(&amp;L)</translation>
        </message>
        <message>
            <source>Open &amp;link…</source>
            <translation>打开链接(&amp;L)…</translation>
        </message>
        <message>
            <source>Export w&amp;orkspace…</source>
            <translation>导出工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import workspace…</source>
            <translation>导入工作区(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Pinboard</source>
            <translation>固定板(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Columns</source>
            <translation>列(&amp;C)</translation>
        </message>
        <message>
            <source>Saved &amp;views</source>
            <translation>已保存视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Briefing</source>
            <translation>简报(&amp;B)</translation>
        </message>
        <message>
            <source>Reopen the last view at start</source>
            <translation>启动时重新打开上次的视图</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
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
        <message>
            <source>'{text}' is not an amount: use a number with k, m or bn, e.g. 500m or 1.5bn</source>
            <translation>“{text}”不是金额：请输入数字，可带“万”或“亿”，例如 500万 或 1.5亿</translation>
        </message>
        <message>
            <source>'{text}': an amount cannot be negative</source>
            <translation>“{text}”：金额不能为负数</translation>
        </message>
        <message>
            <source>'{text}' is more than any amount in the records (at most {most})</source>
            <translation>“{text}”超过记录中的任何金额（最多 {most}）</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>table</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>{name} (imported)</source>
            <translation>{name}（导入）</translation>
        </message>
        <message>
            <source>unknown format '{format}' (use one of: {formats})</source>
            <translation>未知格式“{format}”（请使用以下之一：{formats}）</translation>
        </message>
        <message>
            <source>US dollars, from CGIT's column Quantity in Millions (USD millions)</source>
            <translation>美元，取自 CGIT 的 Quantity in Millions 列（单位：百万美元）</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by semicolons.</source>
            <translation>已按 {encoding} 读取，单元格以分号分隔。</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by tabs.</source>
            <translation>已按 {encoding} 读取，单元格以制表符分隔。</translation>
        </message>
        <message>
            <source>Read as {encoding}, cells separated by commas.</source>
            <translation>已按 {encoding} 读取，单元格以逗号分隔。</translation>
        </message>
    </context>
    <context>
        <name>queries</name>
        <message>
            <source>has a note</source>
            <translation>有笔记</translation>
        </message>
        <message>
            <source>Has a note</source>
            <translation>有笔记</translation>
        </message>
    </context>
    <context>
        <name>read</name>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8（带 BOM）</translation>
        </message>
        <message>
            <source>Windows-1252</source>
            <translation>Windows-1252</translation>
        </message>
        <message>
            <source>UTF-16</source>
            <translation>UTF-16</translation>
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation>UTF-16 LE</translation>
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation>UTF-16 BE</translation>
        </message>
        <message>
            <source>Latin-1 (ISO 8859-1)</source>
            <translation>Latin-1（ISO 8859-1）</translation>
        </message>
        <message>
            <source>{file} is a PNG image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 PNG 图像，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a SQLite database, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 SQLite 数据库，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a PDF document, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 PDF 文档，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a JPEG image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 JPEG 图像，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a GIF image, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 GIF 图像，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a gzip archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 gzip 压缩包，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a 7-Zip archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 7-Zip 压缩包，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a RAR archive, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是 RAR 压缩包，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{file} is a program, not a table: choose a CSV or XLSX file</source>
            <translation>{file} 是程序，不是表格：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>{path} is a folder: choose a CSV or XLSX file</source>
            <translation>{path} 是文件夹：请选择 CSV 或 XLSX 文件</translation>
        </message>
        <message>
            <source>cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} 为空</translation>
        </message>
        <message>
            <source>{file} is {size} MB: larger than any dataset release (at most {limit} MB)</source>
            <translation>{file} 大小为 {size} MB：超过了任何数据集版本的大小（最大 {limit} MB）</translation>
        </message>
        <message>
            <source>{file} is an old Excel file (.xls): open it in a spreadsheet program and save it as .xlsx or .csv, then import that</source>
            <translation>{file} 是旧版 Excel 文件（.xls）：请在电子表格程序中打开并另存为 .xlsx 或 .csv，然后导入该文件</translation>
        </message>
        <message>
            <source>{file} is named as an Excel workbook but is not one (an .xlsx file is a zip archive): open it in a spreadsheet program and save it again</source>
            <translation>{file} 的扩展名表明是 Excel 工作簿，但实际不是（.xlsx 文件是 zip 压缩包）：请在电子表格程序中打开并重新保存</translation>
        </message>
        <message>
            <source>{file}, line {line}: {error}</source>
            <translation>{file}，第 {line} 行：{error}</translation>
        </message>
        <message>
            <source>unknown encoding '{encoding}' (use one of: {encodings})</source>
            <translation>未知编码“{encoding}”（请使用以下之一：{encodings}）</translation>
        </message>
        <message>
            <source>{file} cannot be read as {encoding}: byte {byte} on line {line} is not valid there. Choose another encoding.</source>
            <translation>无法按 {encoding} 读取 {file}：第 {line} 行的字节 {byte} 在该编码中无效。请选择其他编码。</translation>
        </message>
        <message>
            <source>{file} cannot be read as {encoding} ({error}). Choose another encoding.</source>
            <translation>无法按 {encoding} 读取 {file}（{error}）。请选择其他编码。</translation>
        </message>
        <message>
            <source>{file} holds zero bytes as {encoding}: it is not a text table in that encoding (is it UTF-16?)</source>
            <translation>按 {encoding} 读取时，{file} 中含有零字节：它不是该编码的文本表格（是否为 UTF-16？）</translation>
        </message>
        <message>
            <source>{file} is not a readable XLSX workbook ({error})</source>
            <translation>{file} 不是可读取的 XLSX 工作簿（{error}）</translation>
        </message>
        <message>
            <source>{file}: the sheet '{sheet}' cannot be read ({error})</source>
            <translation>{file}：无法读取工作表“{sheet}”（{error}）</translation>
        </message>
        <message>
            <source>{file} has no sheet with any cells</source>
            <translation>{file} 中没有任何含有单元格的工作表</translation>
        </message>
        <message>
            <source>no header row found in the first rows: a header is a row of column names above the data</source>
            <translation>在前几行中未找到表头行：表头行是数据上方由列名组成的一行</translation>
        </message>
        <message>
            <source>{file}, sheet '{sheet}'</source>
            <translation>{file}，工作表“{sheet}”</translation>
        </message>
        <message numerus="yes">
            <source>{label} has no row {row} (it has %n row(s))</source>
            <translation>
                <numerusform>{label} 中没有第 {row} 行（共 %Ln 行）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>record_flow</name>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>record_text</name>
        <message>
            <source>Agreement</source>
            <translation>协议</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>一揽子协议</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>走廊</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>CGIT lists it among troubled transactions (deals that failed or were cancelled): kept apart, never added to investment totals.</source>
            <translation>CGIT 将其列为受阻交易（失败或被取消的交易）：单独列出，不计入投资总额。</translation>
        </message>
        <message>
            <source>AidData does not recommend this row for aggregates (an umbrella agreement, a pledge, or finance counted in another row): listed and counted, never summed.</source>
            <translation>AidData 不建议将此行计入汇总（属于总括协议、承诺，或已在另一行中计算的资金）：列出并计数，但不计入合计。</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>文件类型</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>Investment</source>
            <translation>投资额</translation>
        </message>
        <message>
            <source>Announced total</source>
            <translation>宣布总额</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>产能</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>长度</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>全称</translation>
        </message>
        <message>
            <source>Located in</source>
            <translation>所在国家</translation>
        </message>
        <message>
            <source>Date note</source>
            <translation>日期说明</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>状态说明</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>路线</translation>
        </message>
        <message>
            <source>Capacity note</source>
            <translation>产能说明</translation>
        </message>
        <message>
            <source>Investment note</source>
            <translation>投资额说明</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>认定依据</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>启动年份</translation>
        </message>
        <message>
            <source>Completion year</source>
            <translation>完成年份</translation>
        </message>
        <message>
            <source>Subsector</source>
            <translation>子行业</translation>
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
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>运输方式</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
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
        <message>
            <source>party</source>
            <translation>签署方</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>签署人</translation>
        </message>
        <message>
            <source>lender</source>
            <translation>贷款方</translation>
        </message>
        <message>
            <source>borrower</source>
            <translation>借款方</translation>
        </message>
        <message>
            <source>buyer</source>
            <translation>买方</translation>
        </message>
        <message>
            <source>seller</source>
            <translation>卖方</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <source>distributor</source>
            <translation>分销商</translation>
        </message>
        <message>
            <source>investor</source>
            <translation>投资方</translation>
        </message>
        <message>
            <source>operator</source>
            <translation>运营方</translation>
        </message>
        <message>
            <source>contractor</source>
            <translation>承包商</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>所有方</translation>
        </message>
        <message>
            <source>financier</source>
            <translation>出资方</translation>
        </message>
        <message>
            <source>guarantor</source>
            <translation>担保方</translation>
        </message>
        <message>
            <source>brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>上级</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>报告方</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>支线</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>所含项目</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>作为签署方</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>作为合作方</translation>
        </message>
        <message>
            <source>Brand made by</source>
            <translation>品牌生产项目</translation>
        </message>
        <message>
            <source>Source of figure</source>
            <translation>作为数据来源</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more agreement(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 项协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more project(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 个项目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more package(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 个一揽子协议</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more corridor(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 条走廊</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more indicator(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 项指标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more organization(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 个机构</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more event(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 项活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more source(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 个来源</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more record(s)</source>
            <translation>
                <numerusform>… 另有 %Ln 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind} · id {id}</source>
            <translation>{kind} · 编号 {id}</translation>
        </message>
        <message>
            <source>binding document</source>
            <translation>有约束力的文件</translation>
        </message>
        <message>
            <source>non-binding (not a commitment)</source>
            <translation>无约束力（不构成承诺）</translation>
        </message>
        <message>
            <source>imported: {collection}</source>
            <translation>导入：{collection}</translation>
        </message>
        <message>
            <source>&lt;a href='{link}'&gt;Open the article&lt;/a&gt;: its text, every passage the records quote highlighted</source>
            <translation>&lt;a href='{link}'&gt;打开文章&lt;/a&gt;：显示全文，并突出显示记录引述的每一段落</translation>
        </message>
        <message>
            <source>Listed and counted, never summed.</source>
            <translation>列出并计数，但不计入合计。</translation>
        </message>
        <message>
            <source>Not in any total.</source>
            <translation>不计入任何总额。</translation>
        </message>
        <message>
            <source>Map position</source>
            <translation>地图位置</translation>
        </message>
        <message>
            <source>{lat}, {lon} (approximate, placed by the curator)</source>
            <translation>{lat}, {lon}（近似位置，由编者标注）</translation>
        </message>
        <message>
            <source>Also known as</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Also searchable as (added by the curator; no article spells it so)</source>
            <translation>其他可搜索名称（由编者添加；文章中无此写法）</translation>
        </message>
        <message>
            <source>Linked records</source>
            <translation>关联记录</translation>
        </message>
        <message>
            <source>Parties and brands</source>
            <translation>签署方和品牌</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>签署方</translation>
        </message>
        <message>
            <source>Partners and brands</source>
            <translation>合作方和品牌</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>details</source>
            <translation>详细信息</translation>
        </message>
        <message>
            <source>Components (announced, not allocated to deals)</source>
            <translation>组成部分（已宣布，未分配到具体交易）</translation>
        </message>
        <message>
            <source>placed by the curator; the articles do not name it as a point of this route</source>
            <translation>由编者标注；文章未将其列为该路线上的站点</translation>
        </message>
        <message>
            <source>Route (approximate positions)</source>
            <translation>路线（近似位置）</translation>
        </message>
        <message>
            <source>Figures by period (each with its source)</source>
            <translation>各期间数据（均附来源）</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>Show in article</source>
            <translation>在文章中显示</translation>
        </message>
        <message>
            <source>The dataset's own sources</source>
            <translation>数据集自身列出的来源</translation>
        </message>
        <message>
            <source>Figures for this measure: {measure}</source>
            <translation>此度量的数据：{measure}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='{link}'&gt;%n other figure(s) for this measure&lt;/a&gt;, side by side with this one (each from its source; not reconciled)</source>
            <translation>
                <numerusform>&lt;a href='{link}'&gt;该度量的其他 %Ln 项数据&lt;/a&gt;，与本项并列（各自出自其来源，未经核对统一）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>……另有 %Ln 条</numerusform>
            </translation>
        </message>
        <message>
            <source>({kind}, curated)</source>
            <translation>（{kind}，据文章整理）</translation>
        </message>
        <message>
            <source>({kind}, imported)</source>
            <translation>（{kind}，导入）</translation>
        </message>
        <message>
            <source>Possibly the same as</source>
            <translation>可能与以下记录相同</translation>
        </message>
        <message>
            <source>A suggestion from matching fields; the records are kept apart and never merged or added together.</source>
            <translation>此为根据匹配字段给出的提示；这些记录保持独立，从不合并或相加。</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Importer version</source>
            <translation>导入程序版本</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Imported from</source>
            <translation>导入自</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>The row as it was in the file</source>
            <translation>文件中的原始行</translation>
        </message>
        <message>
            <source>Imported collection</source>
            <translation>导入的数据集</translation>
        </message>
        <message>
            <source>Sheets</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>已略去</translation>
        </message>
        <message>
            <source>{more}: &lt;a href='{link}'&gt;show them in the table&lt;/a&gt;</source>
            <translation>{more}：&lt;a href='{link}'&gt;在表格中显示&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>来源：{citation}</translation>
        </message>
        <message>
            <source>Via BRI Desktop dataset {version}, record {kind}/{id}</source>
            <translation>引自 BRI Desktop 数据集版本 {version}，记录 {kind}/{id}</translation>
        </message>
        <message>
            <source>Via BRI Desktop dataset, record {kind}/{id}</source>
            <translation>引自 BRI Desktop 数据集，记录 {kind}/{id}</translation>
        </message>
    </context>
    <context>
        <name>record_text: indicator</name>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
    </context>
    <context>
        <name>safe_write</name>
        <message>
            <source>no temporary file could be made in {folder}</source>
            <translation>无法在 {folder} 中创建临时文件</translation>
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation>{target} 是文件夹</translation>
        </message>
        <message>
            <source>{target} is not a file (a socket or a device)</source>
            <translation>{target} 不是文件（而是套接字或设备）</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>文件夹 {folder} 不存在</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <source>The search is too long ({count} characters; at most {most})</source>
            <translation>搜索内容过长（{count} 个字符；最多 {most} 个）</translation>
        </message>
        <message>
            <source>Unbalanced quote: add the closing "</source>
            <translation>引号未配对：请添加结尾的 "</translation>
        </message>
        <message>
            <source>Unbalanced parenthesis: a ')' has no '('</source>
            <translation>括号未配对：“)”缺少对应的“(”</translation>
        </message>
        <message>
            <source>Empty or incomplete group in parentheses</source>
            <translation>括号中的组为空或不完整</translation>
        </message>
        <message>
            <source>{operator} needs a search term before it</source>
            <translation>{operator} 前面需要一个搜索词</translation>
        </message>
        <message>
            <source>The search has more than {most} words: narrow it</source>
            <translation>搜索内容超过 {most} 个词：请缩小范围</translation>
        </message>
        <message>
            <source>Unbalanced parenthesis: add the closing ')'</source>
            <translation>括号未配对：请添加结尾的“)”</translation>
        </message>
        <message>
            <source>{operator} needs a search term after it</source>
            <translation>{operator} 后面需要一个搜索词</translation>
        </message>
        <message>
            <source>'{text}' has nothing to search for</source>
            <translation>“{text}”中没有可搜索的内容</translation>
        </message>
        <message>
            <source>A search cannot start with a left-out word ({word}): put what to find first</source>
            <translation>搜索不能以排除词（{word}）开头：请先写出要查找的内容</translation>
        </message>
        <message>
            <source>Empty phrase in quotes</source>
            <translation>引号中的短语为空</translation>
        </message>
        <message>
            <source>A '*' must follow the start of a word, as in sino*</source>
            <translation>“*”必须跟在词的开头之后，如 sino*</translation>
        </message>
        <message>
            <source>'{text}' has no letters or digits to search for</source>
            <translation>“{text}”中没有可搜索的字母或数字</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>A colleague renamed or removed the tag “{old}” meanwhile: your rename to “{new}” was not made.</source>
            <translation>在此期间，一位同事重命名或删除了标签“{old}”：您将其重命名为“{new}”的操作未执行。</translation>
        </message>
        <message>
            <source>A change of an unknown kind ({op}) was not sent.</source>
            <translation>一项未知类型的更改（{op}）未发送。</translation>
        </message>
        <message>
            <source>The team no longer shares the collection “{name}”.</source>
            <translation>团队已不再共享数据集“{name}”。</translation>
        </message>
    </context>
    <context>
        <name>spec</name>
        <message>
            <source>Briefing</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>{where}{key}: expected text, found {found}</source>
            <translation>{where}{key}：应为文本，实际为 {found}</translation>
        </message>
        <message>
            <source>{where}{key}: {count} characters, at most {most}</source>
            <translation>{where}{key}：{count} 个字符，最多 {most} 个</translation>
        </message>
        <message>
            <source>{where}.type: '{value}' is not one of {choices}</source>
            <translation>{where}.type：“{value}”不是 {choices} 之一</translation>
        </message>
        <message>
            <source>{where}: a {type} item needs '{key}'</source>
            <translation>{where}：{type} 类型的条目需要“{key}”</translation>
        </message>
        <message>
            <source>{where}.{key}: expected text, found {found}</source>
            <translation>{where}.{key}：应为文本，实际为 {found}</translation>
        </message>
        <message>
            <source>{where}.filter: expected an object</source>
            <translation>{where}.filter：应为对象</translation>
        </message>
        <message>
            <source>{where}.columns: expected a list of field names</source>
            <translation>{where}.columns：应为字段名列表</translation>
        </message>
        <message>
            <source>{where}.limit: expected a whole number above 0</source>
            <translation>{where}.limit：应为大于 0 的整数</translation>
        </message>
        <message>
            <source>the briefing: expected an object, found {found}</source>
            <translation>简报：应为对象，实际为 {found}</translation>
        </message>
        <message>
            <source>page_size: '{value}' is not one of {choices}</source>
            <translation>page_size：“{value}”不是 {choices} 之一</translation>
        </message>
        <message>
            <source>sections: expected a list</source>
            <translation>sections：应为列表</translation>
        </message>
        <message>
            <source>{where}.items: expected a list</source>
            <translation>{where}.items：应为列表</translation>
        </message>
        <message>
            <source>{where}: more than {most} items in the briefing</source>
            <translation>{where}：简报中的条目超过 {most} 个</translation>
        </message>
        <message>
            <source>{where}: expected an object, found {found}</source>
            <translation>{where}：应为对象，实际为 {found}</translation>
        </message>
    </context>
    <context>
        <name>store</name>
        <message>
            <source>A collection needs a name.</source>
            <translation>数据集需要名称。</translation>
        </message>
        <message>
            <source>'{start}…' is {length} characters; a name holds at most {limit}.</source>
            <translation>“{start}…”有 {length} 个字符；名称最多 {limit} 个字符。</translation>
        </message>
        <message>
            <source>'{name}' names BRI Desktop's own curated records: choose another name.</source>
            <translation>“{name}”是 BRI Desktop 自身整理记录的名称：请另选名称。</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems not imported.</source>
            <translation>
                <numerusform>%Ln 行有问题，未导入。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
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
            <source>Year or date</source>
            <translation>年份或日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>合作方</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>the country is outside the five Central Asian countries BRI Desktop covers</source>
            <translation>该国家不在 BRI Desktop 涵盖的中亚五国之内</translation>
        </message>
        <message>
            <source>choose the column that holds the title</source>
            <translation>请选择包含标题的列</translation>
        </message>
        <message>
            <source>choose the column that holds the country</source>
            <translation>请选择包含国家的列</translation>
        </message>
        <message>
            <source>The column mapping is not complete: {problems}.</source>
            <translation>列映射不完整：{problems}。</translation>
        </message>
        <message>
            <source>US dollars, from the column {column} ({unit})</source>
            <translation>美元，取自 {column} 列（{unit}）</translation>
        </message>
        <message>
            <source>no amount column</source>
            <translation>无金额列</translation>
        </message>
        <message numerus="yes">
            <source>Total %n row(s) left out.</source>
            <translation>
                <numerusform>已略去 %Ln 个合计行。</numerusform>
            </translation>
        </message>
        <message>
            <source>is empty: a record needs a country</source>
            <translation>为空：记录必须有国家</translation>
        </message>
        <message>
            <source>Countries left out, most rows first: {countries}.</source>
            <translation>被略去的国家（按行数从多到少）：{countries}。</translation>
        </message>
        <message>
            <source>is empty: a record needs a title</source>
            <translation>为空：记录必须有标题</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>not in dataset {version} (was in {was})</source>
            <translation>不在数据集版本 {version} 中（曾在 {was} 中）</translation>
        </message>
        <message>
            <source>not in dataset {version}</source>
            <translation>不在数据集版本 {version} 中</translation>
        </message>
        <message>
            <source>This source is an imported file: each record's details show the row it was read from (Imported from, The row as it was).</source>
            <translation>此来源是导入的文件：每条记录的详细信息会显示其读取自的行（“导入自”“文件中的原始行”）。</translation>
        </message>
        <message>
            <source>The article's text cannot be read ({file}: {error}).</source>
            <translation>无法读取文章正文（{file}：{error}）。</translation>
        </message>
    </context>
    <context>
        <name>team</name>
        <message>
            <source>connection refused: is the server running?</source>
            <translation>连接被拒绝：服务器是否正在运行？</translation>
        </message>
        <message>
            <source>no such server name</source>
            <translation>找不到该服务器名称</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>响应超时</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>服务器关闭了连接</translation>
        </message>
        <message>
            <source>the server is shutting down</source>
            <translation>服务器正在关闭</translation>
        </message>
        <message>
            <source>the connection was lost</source>
            <translation>连接已断开</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>无连接</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>无网络</translation>
        </message>
        <message>
            <source>“{address}” is not a database address (its port is not a number; a password with @ : / or % in it is written %40 %3A %2F %25; for example {example}).</source>
            <translation>“{address}”不是有效的数据库地址（其端口不是数字；密码中的 @ : / % 应分别写作 %40 %3A %2F %25；例如 {example}）。</translation>
        </message>
        <message>
            <source>“{address}” is not a database address (for example {example}).</source>
            <translation>“{address}”不是有效的数据库地址（例如 {example}）。</translation>
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: the address starts with postgresql+psycopg:// (for example {example}).</source>
            <translation>团队工作区位于 PostgreSQL 上：地址以 postgresql+psycopg:// 开头（例如 {example}）。</translation>
        </message>
        <message>
            <source>BRI Desktop talks to PostgreSQL through psycopg: write the address as postgresql+psycopg://… (not {driver}).</source>
            <translation>BRI Desktop 通过 psycopg 与 PostgreSQL 通信：请将地址写作 postgresql+psycopg://…（而非 {driver}）。</translation>
        </message>
        <message>
            <source>The address has more than one @: a password with @ in it is written %40 (and : / % as %3A %2F %25).</source>
            <translation>地址中有多个 @：密码中的 @ 应写作 %40（: / % 分别写作 %3A %2F %25）。</translation>
        </message>
        <message>
            <source>The address needs a user, a server and a database, as in {example}.</source>
            <translation>地址需要包含用户、服务器和数据库，例如 {example}。</translation>
        </message>
        <message>
            <source>Leave sslpassword and passfile out of the address: BRI Desktop asks for the password and keeps it in the system keyring.</source>
            <translation>请勿在地址中包含 sslpassword 和 passfile：BRI Desktop 会询问密码并将其保存在系统密钥环中。</translation>
        </message>
        <message>
            <source>sslmode={mode} is not one of {modes}.</source>
            <translation>sslmode={mode} 不是 {modes} 之一。</translation>
        </message>
        <message>
            <source>The PostgreSQL client library is missing (libpq: on Debian or Ubuntu, apt-get install libpq5): {error}</source>
            <translation>缺少 PostgreSQL 客户端库（libpq；在 Debian 或 Ubuntu 上：apt-get install libpq5）：{error}</translation>
        </message>
        <message>
            <source>The server {where} asks for the password of {user}.</source>
            <translation>服务器 {where} 要求提供 {user} 的密码。</translation>
        </message>
        <message>
            <source>The server {where} refused the password of {user}.</source>
            <translation>服务器 {where} 拒绝了 {user} 的密码。</translation>
        </message>
        <message>
            <source>The address asks for an encrypted connection (sslmode) and {where} does not offer one: {why}</source>
            <translation>地址要求加密连接（sslmode），但 {where} 不提供加密连接：{why}</translation>
        </message>
        <message>
            <source>The server {where}'s certificate cannot be checked as the address asks (sslmode verify-ca/verify-full): {why}</source>
            <translation>无法按地址的要求（sslmode verify-ca/verify-full）验证服务器 {where} 的证书：{why}</translation>
        </message>
        <message>
            <source>There is no database {database} on {where}.</source>
            <translation>{where} 上没有数据库 {database}。</translation>
        </message>
        <message>
            <source>Your database role {user} may not do this in the team workspace (ask its administrator for the grants in the README): {why}</source>
            <translation>您的数据库角色 {user} 无权在团队工作区中执行此操作（请向其管理员申请 README 中所列的权限）：{why}</translation>
        </message>
        <message>
            <source>The team workspace at {where} cannot be reached ({reason}).</source>
            <translation>无法连接到位于 {where} 的团队工作区（{reason}）。</translation>
        </message>
        <message>
            <source>The team workspace at {where} failed: {why}</source>
            <translation>位于 {where} 的团队工作区出错：{why}</translation>
        </message>
        <message>
            <source>The team database {database} has no BRI Desktop tables (or older ones), and your role {user} cannot make them: its administrator opens it once with a role that can (README: Team workspace).</source>
            <translation>团队数据库 {database} 中没有 BRI Desktop 数据表（或只有旧版数据表），而您的角色 {user} 无法创建这些表：需由其管理员使用有权限的角色打开一次（参见 README：Team workspace）。</translation>
        </message>
        <message>
            <source>Your database role {user} may read the team workspace but not change it: your changes stay on this computer until its administrator gives the grants in the README.</source>
            <translation>您的数据库角色 {user} 可以读取团队工作区，但不能更改：在管理员授予 README 中所列的权限之前，您的更改将保留在本机。</translation>
        </message>
    </context>
    <context>
        <name>team_collections</name>
        <message>
            <source>There is no collection “{name}” on this computer.</source>
            <translation>本机上没有数据集“{name}”。</translation>
        </message>
    </context>
    <context>
        <name>team_dialogs</name>
        <message>
            <source>Team workspace password</source>
            <translation>团队工作区密码</translation>
        </message>
        <message>
            <source>Password of {user} for the team workspace on {host}:{port} ({database}):</source>
            <translation>{user} 在 {host}:{port}（{database}）上的团队工作区密码：</translation>
        </message>
        <message>
            <source>Remember it in the system keyring</source>
            <translation>在系统密钥环中记住密码</translation>
        </message>
        <message>
            <source>This system has no keyring: the password is asked for at each start. It is never written to the settings file.</source>
            <translation>此系统没有密钥环：每次启动时都会询问密码。密码绝不会写入设置文件。</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Work offline</source>
            <translation>离线工作</translation>
        </message>
    </context>
    <context>
        <name>team_flow</name>
        <message>
            <source>Prefere&amp;nces…</source>
            <translation>首选项(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>团队(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Recent changes…</source>
            <translation>最近的更改(&amp;R)…</translation>
        </message>
        <message>
            <source>Team &amp;collections…</source>
            <translation>团队数据集(&amp;C)…</translation>
        </message>
        <message>
            <source>S&amp;hare a collection with the team…</source>
            <translation>与团队共享数据集(&amp;H)…</translation>
        </message>
        <message>
            <source>C&amp;onnect to a team workspace…</source>
            <translation>连接团队工作区(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>team_status</name>
        <message>
            <source>Team: connecting…</source>
            <translation>团队：正在连接…</translation>
        </message>
        <message>
            <source>Team: up to date</source>
            <translation>团队：已是最新</translation>
        </message>
        <message numerus="yes">
            <source>Team: sending · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：正在发送 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: sending</source>
            <translation>团队：正在发送</translation>
        </message>
        <message numerus="yes">
            <source>Team: offline · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：离线 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: offline · your changes are kept here</source>
            <translation>团队：离线 · 您的更改保留在本机</translation>
        </message>
        <message numerus="yes">
            <source>Team: read-only · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：只读 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: read-only</source>
            <translation>团队：只读</translation>
        </message>
        <message numerus="yes">
            <source>Team: problem · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：出现问题 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: problem</source>
            <translation>团队：出现问题</translation>
        </message>
        <message numerus="yes">
            <source>Team: no answer from the server · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：服务器无响应 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: no answer from the server</source>
            <translation>团队：服务器无响应</translation>
        </message>
        <message numerus="yes">
            <source>Team: waiting for an upgrade · %n change(s) waiting</source>
            <translation>
                <numerusform>团队：等待升级 · %Ln 项更改等待中</numerusform>
            </translation>
        </message>
        <message>
            <source>Team: waiting for an upgrade</source>
            <translation>团队：等待升级</translation>
        </message>
    </context>
    <context>
        <name>theme</name>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <source>By kind</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>By country</source>
            <translation>按国家</translation>
        </message>
        <message>
            <source>Several countries</source>
            <translation>多个国家</translation>
        </message>
        <message>
            <source>China or not stated</source>
            <translation>中国或未说明</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>1月</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>3月</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>6月</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>7月</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>10月</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>11月</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>12月</translation>
        </message>
        <message>
            <source>{day} Jan</source>
            <translation>1月{day}日</translation>
        </message>
        <message>
            <source>{day} Feb</source>
            <translation>2月{day}日</translation>
        </message>
        <message>
            <source>{day} Mar</source>
            <translation>3月{day}日</translation>
        </message>
        <message>
            <source>{day} Apr</source>
            <translation>4月{day}日</translation>
        </message>
        <message>
            <source>{day} May</source>
            <translation>5月{day}日</translation>
        </message>
        <message>
            <source>{day} Jun</source>
            <translation>6月{day}日</translation>
        </message>
        <message>
            <source>{day} Jul</source>
            <translation>7月{day}日</translation>
        </message>
        <message>
            <source>{day} Aug</source>
            <translation>8月{day}日</translation>
        </message>
        <message>
            <source>{day} Sep</source>
            <translation>9月{day}日</translation>
        </message>
        <message>
            <source>{day} Oct</source>
            <translation>10月{day}日</translation>
        </message>
        <message>
            <source>{day} Nov</source>
            <translation>11月{day}日</translation>
        </message>
        <message>
            <source>{day} Dec</source>
            <translation>12月{day}日</translation>
        </message>
        <message numerus="yes">
            <source>Timeline by country, {stretch}: {counts} in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>时间线（按国家），{stretch}：在筛选保留的 %Ln 条有日期记录中，当前视图显示 {counts}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by country, {stretch}: no records in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>时间线（按国家），{stretch}：在筛选保留的 %Ln 条有日期记录中，当前视图未显示任何记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by kind, {stretch}: {counts} in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>时间线（按类别），{stretch}：在筛选保留的 %Ln 条有日期记录中，当前视图显示 {counts}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Timeline by kind, {stretch}: no records in view, of %n dated record(s) the filters keep.</source>
            <translation>
                <numerusform>时间线（按类别），{stretch}：在筛选保留的 %Ln 条有日期记录中，当前视图未显示任何记录。</numerusform>
            </translation>
        </message>
        <message>
            <source>No date, not placed: {counts}.</source>
            <translation>无日期、未在时间轴上定位：{counts}。</translation>
        </message>
        <message>
            <source>Dates at the precision the sources give: a year-only date spans its year, a month its month, a day is a point; hatched dates are inferred by the curator; "+N" counts the records beyond a lane's eighth row.</source>
            <translation>日期按来源给出的精度显示：只有年份的日期跨越全年，只有月份的日期跨越该月，具体到日的日期为一个点；带阴影线的日期由编者推断；“+N”表示某组第八行之后的记录数。</translation>
        </message>
        <message>
            <source>Bars count records per month (a year-only date spread over its year).</source>
            <translation>条形表示每月的记录数（只有年份的日期分摊到该年各月）。</translation>
        </message>
        <message>
            <source>Not shown: {kinds} (the filters cannot tell them apart).</source>
            <translation>未显示：{kinds}（筛选条件无法区分这些记录）。</translation>
        </message>
        <message>
            <source>Filters: {filters}. Dataset {version}.</source>
            <translation>筛选：{filters}。数据集版本 {version}。</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
    </context>
    <context>
        <name>timeline_paint</name>
        <message>
            <source>Loading the timeline…</source>
            <translation>正在加载时间线…</translation>
        </message>
        <message>
            <source>No dated records match the filters.</source>
            <translation>没有符合筛选条件的有日期记录。</translation>
        </message>
        <message>
            <source>none in this stretch of time</source>
            <translation>此时间段内没有记录</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>≤ {count} a month</source>
            <translation>每月 ≤ {count}</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>显示较少</translation>
        </message>
    </context>
    <context>
        <name>timeline_panel</name>
        <message>
            <source>search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>value</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日期</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) placed in time</source>
            <translation>
                <numerusform>%Ln 条记录已置于时间线上</numerusform>
            </translation>
        </message>
        <message>
            <source>no date, not placed: {counts}</source>
            <translation>无日期、未定位：{counts}</translation>
        </message>
        <message>
            <source>not shown: {kinds} (no {criteria} to filter by)</source>
            <translation>未显示：{kinds}（不含{criteria}信息，无法筛选）</translation>
        </message>
        <message>
            <source>{kinds}: counted per month until zoomed in (click a bar to zoom)</source>
            <translation>{kinds}：放大前按月计数（单击条形可放大）</translation>
        </message>
        <message>
            <source>◆ a day, ▬ a month or a year, hatched: a date the curator inferred (hover for why)</source>
            <translation>◆ 某一天，▬ 某月或某年，阴影线：编者推断的日期（悬停可查看原因）</translation>
        </message>
    </context>
    <context>
        <name>timeline_view</name>
        <message>
            <source>a day</source>
            <translation>精确到日</translation>
        </message>
        <message>
            <source>a period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <source>a month</source>
            <translation>精确到月</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>精确到年</translation>
        </message>
        <message>
            <source>Show the first eight rows of this lane again.</source>
            <translation>重新只显示此组的前八行。</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n more record(s)&lt;/b&gt; here: click to show every row of this lane.</source>
            <translation>
                <numerusform>此处&lt;b&gt;另有 %Ln 条记录&lt;/b&gt;：点击以显示该组的所有行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n record(s)&lt;/b&gt; dated in {stretch}&lt;br&gt;Click to zoom in: a stretch with few enough records shows them one by one.</source>
            <translation>
                <numerusform>{stretch}内有 &lt;b&gt;%Ln 条记录&lt;/b&gt;&lt;br&gt;点击放大：时间段内记录较少时将逐条显示。</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <source>&lt;i&gt;Date inferred:&lt;/i&gt; {note}</source>
            <translation>&lt;i&gt;推断日期：&lt;/i&gt;{note}</translation>
        </message>
        <message>
            <source>BRI Desktop timeline</source>
            <translation>BRI Desktop 时间线</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>{path} cannot be read: {error}.</source>
            <translation>无法读取 {path}：{error}。</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file (not JSON: {error}).</source>
            <translation>{path} 不是 BRI Desktop 工作区文件（不是 JSON：{error}）。</translation>
        </message>
        <message>
            <source>{path} is not a BRI Desktop workspace file.</source>
            <translation>{path} 不是 BRI Desktop 工作区文件。</translation>
        </message>
        <message>
            <source>{path}: “{part}” is damaged; nothing was imported.</source>
            <translation>{path}：“{part}”已损坏；未导入任何内容。</translation>
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
        <name>values</name>
        <message>
            <source>'{value}' is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>“{value}”超过一万亿美元，大于任何单笔交易：请检查金额及该列的单位</translation>
        </message>
        <message>
            <source>'{value}' million is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>“{value}”百万超过一万亿美元，大于任何单笔交易：请检查金额及该列的单位</translation>
        </message>
        <message>
            <source>'{value}' billion is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>“{value}”十亿超过一万亿美元，大于任何单笔交易：请检查金额及该列的单位</translation>
        </message>
        <message>
            <source>'{value}' × {scale} is more than a trillion US dollars, larger than any one deal: check the amount and the column's unit</source>
            <translation>“{value}” × {scale} 超过一万亿美元，大于任何单笔交易：请检查金额及该列的单位</translation>
        </message>
        <message>
            <source>'{value}' is not an amount</source>
            <translation>“{value}”不是金额</translation>
        </message>
        <message>
            <source>'{value}' is negative: an amount is at least 0</source>
            <translation>“{value}”为负数：金额不能小于 0</translation>
        </message>
        <message>
            <source>'{value}' is not an amount (write it as 1740, 1,740 or $1,740)</source>
            <translation>“{value}”不是金额（请写作 1740、1,740 或 $1,740）</translation>
        </message>
        <message>
            <source>'{value}' is not a share (write it as 49% or 49)</source>
            <translation>“{value}”不是比例（请写作 49% 或 49）</translation>
        </message>
        <message>
            <source>'{value}' is not a share between 0 and 100%</source>
            <translation>“{value}”不是 0 到 100% 之间的比例</translation>
        </message>
        <message>
            <source>'{value}' is not a year (it is negative)</source>
            <translation>“{value}”不是年份（为负数）</translation>
        </message>
        <message>
            <source>'{value}' is not a year (it is not a whole number)</source>
            <translation>“{value}”不是年份（不是整数）</translation>
        </message>
        <message>
            <source>'{value}' is not a year between 1900 and 2100</source>
            <translation>“{value}”不是 1900 到 2100 之间的年份</translation>
        </message>
        <message>
            <source>'{value}' is not a year</source>
            <translation>“{value}”不是年份</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <source>Timeline; filters: {filters}</source>
            <translation>时间线；筛选：{filters}</translation>
        </message>
        <message>
            <source>No measure '{measure}' in this dataset: left out.</source>
            <translation>此数据集中没有度量“{measure}”：已略去。</translation>
        </message>
        <message>
            <source>These figures measure the same thing as different sources give it: they are shown side by side, never reconciled or averaged.</source>
            <translation>这些数据衡量的是同一事物，按不同来源的说法给出：并列显示，从不调和或平均。</translation>
        </message>
        <message>
            <source>The view holds no settings.</source>
            <translation>该视图不含任何设置。</translation>
        </message>
        <message>
            <source>This is not a BRI Desktop view link (it should begin with “{prefix}”).</source>
            <translation>这不是 BRI Desktop 视图链接（应以“{prefix}”开头）。</translation>
        </message>
        <message>
            <source>The link is too long to be a BRI Desktop view.</source>
            <translation>链接过长，不可能是 BRI Desktop 视图。</translation>
        </message>
        <message>
            <source>The link is damaged: part of it is missing or changed. Ask for it again, or copy it whole.</source>
            <translation>链接已损坏：部分内容缺失或被更改。请让对方重新发送，或完整复制链接。</translation>
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
            <source>Curated from articles</source>
            <translation>据文章整理</translation>
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
            <translation>BRI Desktop 工作区 (*.briws.json *.json)</translation>
        </message>
    </context>
</TS>
