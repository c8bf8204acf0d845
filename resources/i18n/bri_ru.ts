<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
                <numerusform>%n источник</numerusform>
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
            <translation type="unfinished">Название</translation>
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
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>Menus, dialogs, labels and the briefing's fixed texts; the records stay in the language of their sources. A new language is used from the next start.</source>
            <translation>Меню, диалоги, подписи и постоянные тексты справки; записи остаются на языке своих источников. Новый язык применяется при следующем запуске.</translation>
        </message>
        <message>
            <source>BRI Desktop will be in {language} from its next start.</source>
            <translation>При следующем запуске BRI Desktop будет на языке: {language}.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить сейчас</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
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
            <translation type="unfinished">Источники</translation>
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
            <translation>Страна</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Тип документа</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Коридор</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>Binding</source>
            <translation>Обязывающее</translation>
        </message>
        <message>
            <source>Non-binding</source>
            <translation>Необязывающее</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Agreements</source>
            <translation>Соглашения</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>соглашение</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Стороны</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>Тип документа</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Subsector</source>
            <translation>Подотрасль</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Обязательность</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Проекты</translation>
        </message>
        <message>
            <source>project</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Инвестиции</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Мощность</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Коллекция</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Тип потока</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Пакеты</translation>
        </message>
        <message>
            <source>package</source>
            <translation>пакет</translation>
        </message>
        <message>
            <source>Announced total</source>
            <translation>Объявленная сумма</translation>
        </message>
        <message>
            <source>Documents or projects</source>
            <translation>Документов или проектов</translation>
        </message>
        <message>
            <source>Corridors</source>
            <translation>Коридоры</translation>
        </message>
        <message>
            <source>corridor</source>
            <translation>коридор</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Страны</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Протяжённость</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>показатель</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное название</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>event</source>
            <translation>событие</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Издатель</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%Ln соглашение</numerusform>
                <numerusform>%Ln соглашения</numerusform>
                <numerusform>%Ln соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation>
                <numerusform>%Ln проект</numerusform>
                <numerusform>%Ln проекта</numerusform>
                <numerusform>%Ln проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n package(s)</source>
            <translation>
                <numerusform>%Ln пакет</numerusform>
                <numerusform>%Ln пакета</numerusform>
                <numerusform>%Ln пакетов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corridor(s)</source>
            <translation>
                <numerusform>%Ln коридор</numerusform>
                <numerusform>%Ln коридора</numerusform>
                <numerusform>%Ln коридоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%Ln показатель</numerusform>
                <numerusform>%Ln показателя</numerusform>
                <numerusform>%Ln показателей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%Ln организация</numerusform>
                <numerusform>%Ln организации</numerusform>
                <numerusform>%Ln организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%Ln событие</numerusform>
                <numerusform>%Ln события</numerusform>
                <numerusform>%Ln событий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source(s)</source>
            <translation>
                <numerusform>%Ln источник</numerusform>
                <numerusform>%Ln источника</numerusform>
                <numerusform>%Ln источников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%Ln запись</numerusform>
                <numerusform>%Ln записи</numerusform>
                <numerusform>%Ln записей</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Все записи</translation>
        </message>
        <message>
            <source>record</source>
            <translation>запись</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>over</source>
            <translation>более</translation>
        </message>
        <message>
            <source>about</source>
            <translation>около</translation>
        </message>
        <message>
            <source>nearly</source>
            <translation>почти</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>не менее</translation>
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
            <translation>млн т</translation>
        </message>
        <message>
            <source>Mt/yr</source>
            <translation>млн т/год</translation>
        </message>
        <message>
            <source>t/yr</source>
            <translation>т/год</translation>
        </message>
        <message>
            <source>bcm</source>
            <translation>млрд м³</translation>
        </message>
        <message>
            <source>bcm/yr</source>
            <translation>млрд м³/год</translation>
        </message>
        <message>
            <source>km</source>
            <translation>км</translation>
        </message>
        <message>
            <source>MW</source>
            <translation>МВт</translation>
        </message>
        <message>
            <source>ha</source>
            <translation>га</translation>
        </message>
        <message>
            <source>vehicles/yr</source>
            <translation>автомобилей/год</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>мин</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <source>Academic exchange</source>
            <translation>Академический обмен</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Фактическое значение</translation>
        </message>
        <message>
            <source>Addendum</source>
            <translation>Дополнение</translation>
        </message>
        <message>
            <source>Additional agreement</source>
            <translation>Дополнительное соглашение</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Agreement of intent</source>
            <translation>Соглашение о намерениях</translation>
        </message>
        <message>
            <source>Agricultural machinery</source>
            <translation>Сельхозтехника</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Сельское хозяйство</translation>
        </message>
        <message>
            <source>Association or chamber</source>
            <translation>Ассоциация или палата</translation>
        </message>
        <message>
            <source>Autos</source>
            <translation>Автомобили</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Азербайджан</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Банк</translation>
        </message>
        <message>
            <source>Basic conditions (term sheet)</source>
            <translation>Основные условия (term sheet)</translation>
        </message>
        <message>
            <source>Business council</source>
            <translation>Деловой совет</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>Грузы по Транскаспийскому маршруту (Средний коридор)</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>Химическая промышленность</translation>
        </message>
        <message>
            <source>China</source>
            <translation>Китай</translation>
        </message>
        <message>
            <source>Chinese companies in Kazakhstan</source>
            <translation>Китайские компании в Казахстане</translation>
        </message>
        <message>
            <source>Company (ownership not stated)</source>
            <translation>Компания (форма собственности не указана)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершён</translation>
        </message>
        <message>
            <source>Construction contract (CGIT)</source>
            <translation>Строительный подряд (CGIT)</translation>
        </message>
        <message>
            <source>Construction materials</source>
            <translation>Строительные материалы</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Контракт</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>Соглашение о сотрудничестве</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Кредитование</translation>
        </message>
        <message>
            <source>Credit agreement</source>
            <translation>Кредитное соглашение</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Накопленное значение</translation>
        </message>
        <message>
            <source>Customs</source>
            <translation>Таможня</translation>
        </message>
        <message>
            <source>Customs cooperation</source>
            <translation>Таможенное сотрудничество</translation>
        </message>
        <message>
            <source>Digital platforms</source>
            <translation>Цифровые платформы</translation>
        </message>
        <message>
            <source>Diplomacy</source>
            <translation>Дипломатия</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Дистрибуция</translation>
        </message>
        <message>
            <source>Distribution agreement</source>
            <translation>Дистрибьюторское соглашение</translation>
        </message>
        <message>
            <source>Economic cooperation</source>
            <translation>Экономическое сотрудничество</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Образование</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>Энергетика</translation>
        </message>
        <message>
            <source>Exchange of letters</source>
            <translation>Обмен письмами</translation>
        </message>
        <message>
            <source>Expected milestone (as of the article)</source>
            <translation>Ожидаемый этап (на дату статьи)</translation>
        </message>
        <message>
            <source>Explosives</source>
            <translation>Взрывчатые вещества</translation>
        </message>
        <message>
            <source>Fertilizers</source>
            <translation>Удобрения</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Финансы</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>Форум</translation>
        </message>
        <message>
            <source>Framework agreement</source>
            <translation>Рамочное соглашение</translation>
        </message>
        <message>
            <source>Fund or holding</source>
            <translation>Фонд или холдинг</translation>
        </message>
        <message>
            <source>Gas supply</source>
            <translation>Газоснабжение</translation>
        </message>
        <message>
            <source>Genomics</source>
            <translation>Геномика</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Грузия</translation>
        </message>
        <message>
            <source>Government</source>
            <translation>Правительство</translation>
        </message>
        <message>
            <source>Growth</source>
            <translation>Рост</translation>
        </message>
        <message>
            <source>Growth of cargo on the Trans-Caspian route (Middle Corridor)</source>
            <translation>Рост грузов по Транскаспийскому маршруту (Средний коридор)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравоохранение</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Больница</translation>
        </message>
        <message>
            <source>Imported table row</source>
            <translation>Строка импортированной таблицы</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Intergovernmental agreement</source>
            <translation>Межправительственное соглашение</translation>
        </message>
        <message>
            <source>Investment (CGIT)</source>
            <translation>Инвестиции (CGIT)</translation>
        </message>
        <message>
            <source>Investment agreement</source>
            <translation>Инвестиционное соглашение</translation>
        </message>
        <message>
            <source>Investment funds</source>
            <translation>Инвестиционные фонды</translation>
        </message>
        <message>
            <source>Investment or construction (CGIT Dataset 1+2)</source>
            <translation>Инвестиции или подряд (CGIT, наборы 1+2)</translation>
        </message>
        <message>
            <source>Investment programme</source>
            <translation>Инвестиционная программа</translation>
        </message>
        <message>
            <source>Joint activities and financing agreement</source>
            <translation>Соглашение о совместной деятельности и финансировании</translation>
        </message>
        <message>
            <source>Joint venture</source>
            <translation>Совместное предприятие</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Казахстан</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Киргизия</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Логистика</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>Обрабатывающая промышленность</translation>
        </message>
        <message>
            <source>Medical equipment</source>
            <translation>Медицинское оборудование</translation>
        </message>
        <message>
            <source>Medical services</source>
            <translation>Медицинские услуги</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Memorandum of cooperation</source>
            <translation>Меморандум о сотрудничестве</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Меморандум о взаимопонимании</translation>
        </message>
        <message>
            <source>Metals</source>
            <translation>Металлургия</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Mining and ore processing</source>
            <translation>Добыча и переработка руды</translation>
        </message>
        <message>
            <source>Ministry or agency</source>
            <translation>Министерство или ведомство</translation>
        </message>
        <message>
            <source>Multimodal</source>
            <translation>Мультимодальный</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Not stated (an organization named in an imported dataset)</source>
            <translation>Не указано (организация из импортированного набора данных)</translation>
        </message>
        <message>
            <source>Nuclear</source>
            <translation>Атомная энергетика</translation>
        </message>
        <message>
            <source>Official finance (AidData)</source>
            <translation>Официальное финансирование (AidData)</translation>
        </message>
        <message>
            <source>Oil and gas</source>
            <translation>Нефть и газ</translation>
        </message>
        <message>
            <source>Oil refining</source>
            <translation>Нефтепереработка</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Petrochemicals</source>
            <translation>Нефтехимия</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Трубопровод</translation>
        </message>
        <message>
            <source>Pipelines</source>
            <translation>Трубопроводы</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирован</translation>
        </message>
        <message>
            <source>Ports</source>
            <translation>Порты</translation>
        </message>
        <message>
            <source>Postal and express</source>
            <translation>Почта и экспресс-доставка</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>Электроэнергетика</translation>
        </message>
        <message>
            <source>Preliminary investment agreement</source>
            <translation>Предварительное инвестиционное соглашение</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Презентация</translation>
        </message>
        <message>
            <source>Private company</source>
            <translation>Частная компания</translation>
        </message>
        <message>
            <source>Projection</source>
            <translation>Прогноз</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Предложен</translation>
        </message>
        <message>
            <source>Purchase and sale agreement</source>
            <translation>Договор купли-продажи</translation>
        </message>
        <message>
            <source>Rail</source>
            <translation>Железная дорога</translation>
        </message>
        <message>
            <source>Real estate</source>
            <translation>Недвижимость</translation>
        </message>
        <message>
            <source>Renewables</source>
            <translation>Возобновляемая энергетика</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>По сообщениям</translation>
        </message>
        <message>
            <source>Reported (no status stated)</source>
            <translation>По сообщениям (статус не указан)</translation>
        </message>
        <message>
            <source>Research institute or research unit</source>
            <translation>Научный институт или подразделение</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>Автодорога</translation>
        </message>
        <message>
            <source>Rolling stock</source>
            <translation>Подвижной состав</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Россия</translation>
        </message>
        <message>
            <source>Sea leg</source>
            <translation>Морской участок</translation>
        </message>
        <message>
            <source>Share of China–Europe land freight passing through Kazakhstan</source>
            <translation>Доля сухопутных грузов Китай–Европа, идущих через Казахстан</translation>
        </message>
        <message>
            <source>Share sale and purchase agreement</source>
            <translation>Договор купли-продажи акций</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписано</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Подписание</translation>
        </message>
        <message>
            <source>Soil and crops</source>
            <translation>Почвы и культуры</translation>
        </message>
        <message>
            <source>State company</source>
            <translation>Государственная компания</translation>
        </message>
        <message>
            <source>State visit</source>
            <translation>Государственный визит</translation>
        </message>
        <message>
            <source>Stated by an article</source>
            <translation>Указано в статье</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Заявление</translation>
        </message>
        <message>
            <source>Steel</source>
            <translation>Сталь</translation>
        </message>
        <message>
            <source>Summit</source>
            <translation>Саммит</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Приостановлен</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Таджикистан</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Технологии</translation>
        </message>
        <message>
            <source>Telecommunications</source>
            <translation>Телекоммуникации</translation>
        </message>
        <message>
            <source>Terminals and dry ports</source>
            <translation>Терминалы и сухие порты</translation>
        </message>
        <message>
            <source>The curator's; no article states it</source>
            <translation>Указано составителем; в статьях нет</translation>
        </message>
        <message>
            <source>Tourism</source>
            <translation>Туризм</translation>
        </message>
        <message>
            <source>Tourism promotion</source>
            <translation>Продвижение туризма</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Торговля</translation>
        </message>
        <message>
            <source>Trade promotion</source>
            <translation>Продвижение торговли</translation>
        </message>
        <message>
            <source>Transit</source>
            <translation>Транзит</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Транспорт</translation>
        </message>
        <message>
            <source>Tripartite agreement</source>
            <translation>Трёхстороннее соглашение</translation>
        </message>
        <message>
            <source>Troubled transaction (CGIT)</source>
            <translation>Проблемная сделка (CGIT)</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Туркменистан</translation>
        </message>
        <message>
            <source>US dollars</source>
            <translation>доллары США</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Under construction</source>
            <translation>Строится</translation>
        </message>
        <message>
            <source>Universities</source>
            <translation>Университеты</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Университет</translation>
        </message>
        <message>
            <source>Urban development</source>
            <translation>Городское развитие</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Узбекистан</translation>
        </message>
        <message>
            <source>Visas</source>
            <translation>Визы</translation>
        </message>
        <message>
            <source>billion cubic metres</source>
            <translation>млрд кубометров</translation>
        </message>
        <message>
            <source>count</source>
            <translation>количество</translation>
        </message>
        <message>
            <source>million tonnes</source>
            <translation>млн тонн</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>минуты</translation>
        </message>
        <message>
            <source>per cent</source>
            <translation>процентов</translation>
        </message>
        <message>
            <source>times</source>
            <translation>раз</translation>
        </message>
        <message>
            <source>tonnes</source>
            <translation>тонны</translation>
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
