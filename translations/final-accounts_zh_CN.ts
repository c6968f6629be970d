<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audit</name>
    <message>
        <source>    说明：%1
</source>
        <translation>    说明：%1
</translation>
    </message>
    <message>
        <source>    位置：%1
</source>
        <translation>    位置：%1
</translation>
    </message>
    <message>
        <source>共 %1 条：错误 %2，警告 %3，提示 %4。
</source>
        <translation>共 %1 条：错误 %2，警告 %3，提示 %4。
</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>差额在尾数允许范围 %1 以内，属尾数差。</source>
        <translation>差额在尾数允许范围 %1 以内，属尾数差。</translation>
    </message>
    <message>
        <source>（无预算）</source>
        <translation>（无预算）</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Explanation of this warning:</source>
        <translation>出错说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Why the figures are right as they stand; a reason the narrative shares is written only once</source>
        <translation>说明这一警告的原因；与情况说明共用的原因只需填写一次</translation>
    </message>
</context>
<context>
    <name>ClassRowBar</name>
    <message>
        <source>Code or name of a 项, e.g. 2010601 or 行政运行</source>
        <translation>项级科目编码或名称，如 2010601 或 行政运行</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Removes the selected 项 row and its figures (undoable)</source>
        <translation>删除所选项级科目行及其数字（可撤销）</translation>
    </message>
    <message>
        <source>%1 is not a 项 code of %2. Type 7 digits or pick a name from the list.</source>
        <translation>%1 不是《%2》中的项级科目编码。请输入 7 位编码，或从列表中选择名称。</translation>
    </message>
    <message>
        <source>%1 %2 is already in this table.</source>
        <translation>%1 %2 已在本表中。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>Select a cell of the 项 row to remove; 类 and 款 rows go with their last 项.</source>
        <translation>请选中要删除的项级科目行中的单元格；类、款行随其最后一个项一并删除。</translation>
    </message>
    <message>
        <source>%1 %2 still has figures in %3.</source>
        <translation>%1 %2 在%3中还有数字。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remove it from every table that lists it, with those figures, or only from this table? Either can be undone.</source>
        <translation>是从列有该科目的所有表中连同这些数字一并删除，还是只从本表删除？两种操作都可以撤销。</translation>
    </message>
    <message>
        <source>Remove from every table</source>
        <translation>从所有表中删除</translation>
    </message>
    <message>
        <source>Only from this table</source>
        <translation>只从本表删除</translation>
    </message>
</context>
<context>
    <name>CodeBook</name>
    <message>
        <source>Code book %1: bad or repeated entry &quot;%2&quot;.</source>
        <translation>科目表 %1：条目“%2”有误或重复。</translation>
    </message>
    <message>
        <source>Code book %1: %2 has no parent %3.</source>
        <translation>科目表 %1：%2 缺少上级科目 %3。</translation>
    </message>
    <message>
        <source>A code book has no id or no entries.</source>
        <translation>科目表缺少标识或没有条目。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation>写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>输出文件已存在时覆盖。</translation>
    </message>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>此版本缺少内置样例。</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; known: %2.</source>
        <translation>未知模板“%1”；已有：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>The kind must be 行政, 参公 or 事业.</source>
        <translation>单位性质必须是 行政、参公 或 事业。</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>部门名称不能为空。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was created.</source>
        <translation>
            <numerusform>%n 个错误；未创建任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no table &quot;%1&quot;; the tables are T1 to T9.</source>
        <translation>没有表“%1”；表为 T1 至 T9。</translation>
    </message>
    <message>
        <source>Usage: final-accounts [FILE.fadb]            open the editor
       final-accounts COMMAND [ARGUMENTS]

Commands:
  sample -o FILE.fadb [--force]           write the bundled sample document
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              create an empty document
  import FILE.json -o FILE.fadb [--force] create a document from interchange JSON
  export FILE.fadb [-o FILE.json]         write interchange JSON (default: standard output)
  tables FILE.fadb [--table T1…T9]        print the computed tables as TSV
  narrative FILE.fadb                     print Parts 1, 3, 4 and 5 as text
  audit FILE.fadb [--text FILE.txt] [--json]  check tables and texts (exit 0 clean, 1 warnings, 2 errors)
  pdf FILE.fadb -o OUT.pdf [--final]      print the disclosure to PDF (draft watermark while the
                                          audit has errors, unless --final)
  pdf DIR -o OUTDIR [--final]             the same for every .fadb in a folder
  odt FILE.fadb -o OUT.odt                the disclosure as an OpenDocument text (also DIR -o OUTDIR)
  help                                    show this text

Templates: %1
Exit status: 0 success, 1 failure, 64 wrong arguments.
</source>
        <translation>用法：final-accounts [FILE.fadb]            打开编辑器
      final-accounts 命令 [参数]

命令：
  sample -o FILE.fadb [--force]           写出内置样例文档
  new --template ID --department NAME --year YYYY [--kind 行政|参公|事业]
      -o FILE.fadb [--force]              新建空文档
  import FILE.json -o FILE.fadb [--force] 由交换格式 JSON 创建文档
  export FILE.fadb [-o FILE.json]         写出交换格式 JSON（默认写到标准输出）
  tables FILE.fadb [--table T1…T9]        以 TSV 输出计算后的各表
  narrative FILE.fadb                     以文本输出第一、三、四、五部分
  audit FILE.fadb [--text FILE.txt] [--json]  审核表格和文字（退出状态 0 无问题，1 有警告，2 有错误）
  pdf FILE.fadb -o OUT.pdf [--final]      将公开文档打印为 PDF（审核有错误时加草稿水印，
                                          除非指定 --final）
  pdf DIR -o OUTDIR [--final]             对文件夹中的每个 .fadb 执行同样操作
  odt FILE.fadb -o OUT.odt                将公开文档导出为 OpenDocument 文本（也可 DIR -o OUTDIR）
  help                                    显示本说明

模板：%1
退出状态：0 成功，1 失败，64 参数错误。
</translation>
    </message>
    <message>
        <source>Export as final: no draft watermark.</source>
        <translation>作为正式版导出：不加“草稿”水印。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) written to %2.</source>
        <translation>
            <numerusform>已将 %n 个文档中的 %1 个写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: exported as final despite %n audit error(s).</source>
        <translation>
            <numerusform>%1：尽管审核有 %n 个错误，仍已作为正式版导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Condition &quot;%1&quot;: cannot read &quot;%2&quot;.</source>
        <translation>条件“%1”：无法读取“%2”。</translation>
    </message>
</context>
<context>
    <name>DepartmentEditor</name>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Budget units (one per line)</source>
        <translation>二级预算单位（每行一个）</translation>
    </message>
</context>
<context>
    <name>DisclosureExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot draw the PDF %1.</source>
        <translation>无法绘制 PDF %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>DisclosurePrinter</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Template %1 cannot be used: %2</source>
        <translation>模板 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>There is no cell %1.</source>
        <translation>没有单元格 %1。</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be typed into.</source>
        <translation>此单元格由公式计算，不能录入。</translation>
    </message>
    <message>
        <source>A negative value is not allowed here.</source>
        <translation>此处不允许负数。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>The last change could not be saved to %1: %2. The document is now read-only; save a copy to keep your work.</source>
        <translation>最近的修改未能保存到 %1：%2。文档现为只读；请另存副本以保留工作成果。</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>%1 uses the template &quot;%2&quot;, which this installation does not have (it has: %3).</source>
        <translation>%1 使用模板“%2”，本机未安装该模板（已有：%3）。</translation>
    </message>
    <message>
        <source>%1 is already open in another window or program, so it was opened read-only. Close it there to edit it here.</source>
        <translation>%1 已在其他窗口或程序中打开，因此以只读方式打开。请在那里关闭后再在此编辑。</translation>
    </message>
    <message>
        <source>%1 is read-only, so it was opened read-only. Save a copy to edit it.</source>
        <translation>%1 是只读文件，因此以只读方式打开。请另存副本后编辑。</translation>
    </message>
    <message>
        <source>The document is damaged: cell %1 holds %2. %3</source>
        <translation>文档已损坏：单元格 %1 的值为 %2。%3</translation>
    </message>
</context>
<context>
    <name>DocumentPath</name>
    <message>
        <source>%1 is a link that leads back to itself, not a document file.</source>
        <translation>%1 是一个指回自身的链接，不是文档文件。</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 是指向 %2 的链接，而 %2 不存在。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a document file.</source>
        <translation>%1 是文件夹，不是文档文件。</translation>
    </message>
    <message>
        <source>%1 is not a document file (it is a pipe, a socket or a device).</source>
        <translation>%1 不是文档文件（它是管道、套接字或设备）。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes); it holds no document.</source>
        <translation>%1 是空文件（0 字节），其中没有文档。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Final Accounts document (it is not an SQLite database at all).</source>
        <translation>%1 不是决算文档（它根本不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1-wal beside %1 belongs to another file that was at this path before. Move it away and open the document again.</source>
        <translation>%1 旁边的 %1-wal 属于先前在此位置的另一个文件。请将其移走后重新打开文档。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be opened.</source>
        <translation>未安装 Qt 的 SQLite 驱动，无法打开任何文档。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 已损坏，无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Final Accounts document.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是决算文档。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Final Accounts Editor (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
        <translation>%1 由更新版本的决算编辑器写入（文件格式 %2；本版本最高可读 %3）。请安装新版本后打开；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is damaged: the database integrity check failed. Open a backup copy instead.</source>
        <translation>%1 已损坏：数据库完整性检查未通过。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.</source>
        <translation>%1 含有决算编辑器从不写入的触发器或视图，未予打开。</translation>
    </message>
    <message>
        <source>%1 is in an older file format and must be upgraded, but it is read-only.</source>
        <translation>%1 为旧版文件格式，需要升级，但该文件为只读。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: %2</source>
        <translation>%1 无法升级：%2</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed, so no document can be written.</source>
        <translation>未安装 Qt 的 SQLite 驱动，无法写入任何文档。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 is open in another window or program and cannot be replaced.</source>
        <translation>%1 已在其他窗口或程序中打开，无法替换。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>the file names no template</source>
        <translation>文件未指明模板</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which holds a lock on it. Close it there and open the document again.</source>
        <translation>%1 正被另一个程序使用并锁定。请在该程序中关闭后重新打开文档。</translation>
    </message>
    <message>
        <source>%1 was not closed properly, and its last changes can only be recovered with write access, but the file or its folder is read-only. Open it where it may be written.</source>
        <translation>%1 上次未正常关闭，最后的修改需要写权限才能恢复，但该文件或其所在文件夹为只读。请在可写的位置打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: its file format number %2 is not one that exists.</source>
        <translation>%1 已损坏：其文件格式编号 %2 并不存在。</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened: %2.</source>
        <translation>%1 已损坏，未予打开：%2。</translation>
    </message>
    <message>
        <source>%1 is in use by another program, so it was opened read-only. Close it there and open the document again to edit it.</source>
        <translation>%1 正被另一个程序使用，因此以只读方式打开。请在该程序中关闭后重新打开文档再编辑。</translation>
    </message>
    <message>
        <source>%1 was opened read-only: the file system does not allow its write-ahead log (%2).</source>
        <translation>%1 以只读方式打开：所在文件系统不支持其预写日志（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a file and cannot be replaced by a document.</source>
        <translation>%1 不是文件，不能被文档替换。</translation>
    </message>
    <message>
        <source>the journal files beside it cannot be removed</source>
        <translation>其旁边的日志文件无法删除</translation>
    </message>
    <message>
        <source>%1 was written, but its folder could not be synced to the disk.</source>
        <translation>%1 已写入，但其所在文件夹未能同步到磁盘。</translation>
    </message>
    <message>
        <source>a text of more than %1 characters cannot be saved</source>
        <translation>超过 %1 个字符的文字无法保存</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <source>Read-only: changes cannot be made to this document.</source>
        <translation>只读：不能修改此文档。</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>Formula &quot;%1&quot;: %2</source>
        <translation>公式“%1”：%2</translation>
    </message>
    <message>
        <source>two operators in a row</source>
        <translation>连续出现两个运算符</translation>
    </message>
    <message>
        <source>missing operator</source>
        <translation>缺少运算符</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>ends without a term</source>
        <translation>以运算符结尾，缺少运算项</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>Create the disclosure as</source>
        <translation>新建决算文档保存为</translation>
    </message>
    <message>
        <source>Cannot create the document</source>
        <translation>无法新建文档</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-副本</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Choose a different file than the open one.</source>
        <translation>请选择与当前打开文件不同的文件。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
    <message>
        <source>Check that the file has not been moved, renamed or deleted, then open it again.</source>
        <translation>请确认文件没有被移动、改名或删除，然后重新打开。</translation>
    </message>
    <message>
        <source>Choose a file saved by this editor (*.fadb). Data from other programs can be brought in with &quot;final-accounts import&quot;.</source>
        <translation>请选择本编辑器保存的文件（*.fadb）。其他程序的数据可以用“final-accounts import”导入。</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open an earlier copy or a backup, and keep this file for support.</source>
        <translation>文件未作任何改动。请打开较早的副本或备份，并保留此文件以便技术支持查看。</translation>
    </message>
    <message>
        <source>Update the editor, or ask whoever sent the file for a version this installation can read.</source>
        <translation>请更新编辑器，或请发送文件的人提供本机可以读取的版本。</translation>
    </message>
    <message>
        <source>The installation is incomplete: reinstall the editor.</source>
        <translation>安装不完整，请重新安装编辑器。</translation>
    </message>
    <message>
        <source>Close the other program that uses the file, then open it again.</source>
        <translation>请关闭正在使用该文件的其他程序，然后重新打开。</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it, then try again.</source>
        <translation>请确认文件夹存在且有写入权限，然后重试。</translation>
    </message>
</context>
<context>
    <name>FinalExportDialog</name>
    <message>
        <source>Export Final Version</source>
        <translation>导出正式版</translation>
    </message>
    <message>
        <source>The final version can be exported once every reason is written and every audit error is corrected. Still open: %1 and %2. Until then the disclosure can be exported only as a draft.</source>
        <translation>所有原因填写完毕、所有审核错误改正之后，才能导出正式版。尚待处理：%1，%2。在此之前只能导出初稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n empty reason(s)</source>
        <translation>
            <numerusform>%n 条原因未填写</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason to write — %1</source>
        <translation>待填写原因 — %1</translation>
    </message>
    <message>
        <source>Error — %1</source>
        <translation>错误 — %1</translation>
    </message>
    <message>
        <source>Export as &amp;Draft…</source>
        <translation>导出初稿(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <source>= sum of the rows below (none yet)</source>
        <translation>= 下级各行之和（尚无下级行）</translation>
    </message>
    <message numerus="yes">
        <source> + … (%n more)</source>
        <translation>
            <numerusform> + …（另 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>不是有效的 JSON（%1，位置 %2）</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>an amount must be a decimal string in 万元, such as &quot;4116.42&quot;</source>
        <translation>金额必须是以万元为单位的十进制字符串，如“4116.42”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain decimal amount in 万元</source>
        <translation>“%1”不是以万元为单位的普通十进制金额</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是“%1”</translation>
    </message>
    <message>
        <source>missing or not a positive whole number</source>
        <translation>缺失或不是正整数</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Final Accounts Editor; this one reads version %2</source>
        <translation>版本 %1 由更新的决算编辑器写入；本版本读取版本 %2</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (known: %2)</source>
        <translation>未知模板“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>must be 行政, 参公 or 事业, not &quot;%1&quot;</source>
        <translation>必须是 行政、参公 或 事业，而不是“%1”</translation>
    </message>
    <message>
        <source>must be a year between 1990 and 2100</source>
        <translation>必须是 1990 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>%1 is not a table with classification rows in template %2</source>
        <translation>%1 在模板 %2 中不是含科目行的表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 项 code of %2</source>
        <translation>“%1”不是《%2》中的项级科目编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>no such table or sheet</source>
        <translation>没有这个表</translation>
    </message>
    <message>
        <source>no such row (classification codes must also be listed in $.rows)</source>
        <translation>没有这一行（科目编码还必须列在 $.rows 中）</translation>
    </message>
    <message>
        <source>no such column</source>
        <translation>没有这一栏</translation>
    </message>
    <message>
        <source>this cell is computed; only input cells may be given (computed ones belong in $.derived)</source>
        <translation>此单元格由公式计算；只能给出录入单元格（计算值属于 $.derived）</translation>
    </message>
    <message>
        <source>a count must be a whole number from 0 to 1,000,000,000</source>
        <translation>数量必须是 0 至 1,000,000,000 之间的整数</translation>
    </message>
    <message>
        <source>template %1 has no text &quot;%2&quot;</source>
        <translation>模板 %1 没有文字项“%2”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Display &amp;Unit</source>
        <translation>显示单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>Open a disclosure</source>
        <translation>打开决算文档</translation>
    </message>
    <message>
        <source>Final accounts (*.fadb)</source>
        <translation>决算文档 (*.fadb)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已将副本保存为 %1</translation>
    </message>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>%1 — Final Accounts Editor</source>
        <translation>%1 — 决算编辑器</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有修改已保存</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Page Set&amp;up…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF (draft)…</source>
        <translation>导出 &amp;PDF（草稿）…</translation>
    </message>
    <message>
        <source>Export &amp;Final PDF…</source>
        <translation>导出正式版 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT for Word/WPS…</source>
        <translation>导出 &amp;ODT（供 Word/WPS 使用）…</translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation>审核结果(&amp;A)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>%1 (missing — click to remove from the list)</source>
        <translation>%1（文件不存在，点击从列表中移除）</translation>
    </message>
    <message>
        <source>Removed %1 from the recent files</source>
        <translation>已从最近文件中移除 %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>Too many decimal places: at most %n in %1.</source>
        <translation>
            <numerusform>小数位数过多：%1 最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>A value is required here.</source>
        <translation>此处必须填写数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a misplaced thousands separator.</source>
        <translation>“%1”的千位分隔符位置不对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The amount is beyond ±1,000,000,000,000 元.</source>
        <translation>金额超出 ±1,000,000,000,000 元的范围。</translation>
    </message>
    <message>
        <source>A negative amount is not allowed here.</source>
        <translation>此处不允许填写负数。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>The count %1 is implausibly large.</source>
        <translation>数量 %1 大得不合常理。</translation>
    </message>
</context>
<context>
    <name>NarrativeFigures</name>
    <message>
        <source>&quot;%1&quot; is neither a cell (TABLE.ROW.COLUMN) nor a project figure.</source>
        <translation>“%1”既不是单元格（表.行.列），也不是项目数字。</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; needs two figures to compare.</source>
        <translation>数字“%1”需要两个可比较的数字。</translation>
    </message>
    <message>
        <source>Figure &quot;%1&quot; says neither amount, count, share, completion nor change.</source>
        <translation>数字“%1”未说明是金额、数量、占比、完成率还是增减。</translation>
    </message>
    <message>
        <source>budget of the project</source>
        <translation>项目预算数</translation>
    </message>
    <message>
        <source>amount executed by the project</source>
        <translation>项目执行数</translation>
    </message>
    <message>
        <source>output indicators of the project</source>
        <translation>项目产出指标</translation>
    </message>
    <message>
        <source>projects evaluated</source>
        <translation>自评项目</translation>
    </message>
    <message>
        <source>sum of the projects&apos; budgets</source>
        <translation>各项目预算数之和</translation>
    </message>
    <message>
        <source>sum of the amounts the projects executed</source>
        <translation>各项目执行数之和</translation>
    </message>
    <message>
        <source>rate of change = %1 ÷ %2 × 100 = %3</source>
        <translation>增减率 = %1 ÷ %2 × 100 = %3</translation>
    </message>
</context>
<context>
    <name>NarrativeHtml</name>
    <message>
        <source>Required text &quot;%1&quot; is empty: click to write it.</source>
        <translation>必填内容“%1”为空：点击填写。</translation>
    </message>
    <message>
        <source>Typed text &quot;%1&quot;: click to edit.</source>
        <translation>已填写内容“%1”：点击修改。</translation>
    </message>
</context>
<context>
    <name>NarrativeTemplate</name>
    <message>
        <source>Narrative wording %1: %2</source>
        <translation>情况说明措辞 %1：%2</translation>
    </message>
    <message>
        <source>figure &quot;%1&quot; uses the phrase &quot;%2&quot;, which is not defined.</source>
        <translation>数字“%1”使用了未定义的措辞“%2”。</translation>
    </message>
    <message>
        <source>no template id or no parts.</source>
        <translation>缺少模板标识或没有部分。</translation>
    </message>
    <message>
        <source>There is no narrative wording for template %1.</source>
        <translation>模板 %1 没有情况说明措辞。</translation>
    </message>
    <message>
        <source>Narrative wording %1: %2 at offset %3.</source>
        <translation>情况说明措辞 %1：%2（位置 %3）。</translation>
    </message>
</context>
<context>
    <name>NarrativeView</name>
    <message>
        <source>No document is open.</source>
        <translation>没有打开的文档。</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Department</source>
        <translation>部门信息</translation>
    </message>
    <message>
        <source>Part 1 Overview</source>
        <translation>第一部分 部门概况</translation>
    </message>
    <message>
        <source>Part 2 Final account tables</source>
        <translation>第二部分 部门决算表</translation>
    </message>
    <message>
        <source>Part 3 Explanations: figures and reasons</source>
        <translation>第三部分 情况说明：数据和原因</translation>
    </message>
    <message>
        <source>Project performance self-evaluations</source>
        <translation>项目绩效自评</translation>
    </message>
    <message>
        <source>Reasons and uses</source>
        <translation>原因和用途说明</translation>
    </message>
    <message>
        <source>Part 4 Other matters</source>
        <translation>第四部分 其他需要说明的情况</translation>
    </message>
    <message>
        <source>Part 5 Glossary</source>
        <translation>第五部分 名词解释</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Generated explanation (情况说明)</source>
        <translation>情况说明（程序生成）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Has audit findings</source>
        <translation>有审核问题</translation>
    </message>
    <message>
        <source>Start: order of work</source>
        <translation>开始：工作顺序</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New disclosure</source>
        <translation>新建决算文档</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算数（万元）</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>改进措施</translation>
    </message>
</context>
<context>
    <name>ProjectOutputModel</name>
    <message>
        <source>Output indicator</source>
        <translation>产出指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算数（万元）</translation>
    </message>
    <message>
        <source>Executed (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>产出指标</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Improvement measures</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Add output</source>
        <translation>添加产出指标</translation>
    </message>
    <message>
        <source>Remove output</source>
        <translation>删除产出指标</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
</context>
<context>
    <name>ReasonListModel</name>
    <message>
        <source>A key must start with one of %1 and name what it explains.</source>
        <translation>键必须以 %1 之一开头，并指明所说明的对象。</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>说明对象</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <source>Key:</source>
        <translation>键：</translation>
    </message>
    <message>
        <source>e.g. reason.totalChange, reason.item.2010601, use.201</source>
        <translation>如 reason.totalChange、reason.item.2010601、use.201</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The reason or use, as it should read in the explanations</source>
        <translation>原因或用途，按情况说明中应有的表述填写</translation>
    </message>
</context>
<context>
    <name>Recalculator</name>
    <message>
        <source>Cell %1 refers to %2, which does not exist.</source>
        <translation>单元格 %1 引用了不存在的 %2。</translation>
    </message>
    <message>
        <source>The formulas form a cycle through %1.</source>
        <translation>公式经 %1 形成循环引用。</translation>
    </message>
</context>
<context>
    <name>ReportTemplate</name>
    <message>
        <source>A template has no id.</source>
        <translation>模板缺少标识。</translation>
    </message>
    <message>
        <source>Template %1 names a code book that is not installed.</source>
        <translation>模板 %1 引用了未安装的科目表。</translation>
    </message>
    <message>
        <source>Template %1 lists class %2, which its code book does not have.</source>
        <translation>模板 %1 列出的类 %2 不在其科目表中。</translation>
    </message>
    <message>
        <source>Template %1 defines table %2 twice.</source>
        <translation>模板 %1 重复定义了表 %2。</translation>
    </message>
    <message>
        <source>A table has no id or no title.</source>
        <translation>有一张表没有标识或标题。</translation>
    </message>
    <message>
        <source>Table %1 has a column without a key or with a repeated key.</source>
        <translation>表 %1 有一列没有键或键重复。</translation>
    </message>
    <message>
        <source>Table %1 has a row of unknown kind &quot;%2&quot;.</source>
        <translation>表 %1 有一行的类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>Table %1 has a row without a key.</source>
        <translation>表 %1 有一行没有键。</translation>
    </message>
    <message>
        <source>Table %1 has no blocks.</source>
        <translation>表 %1 没有任何栏块。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>New disclosure…</source>
        <translation>新建决算文档…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Recent files (double-click to open):</source>
        <translation>最近的文件（双击打开）：</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件不存在）</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>StoreChecks</name>
    <message>
        <source>the table %1 or its column %2 is missing</source>
        <translation>缺少表 %1 或其中的列 %2</translation>
    </message>
    <message>
        <source>the text %1 of %2 is longer than %3 characters</source>
        <translation>%2 的文字 %1 超过 %3 个字符</translation>
    </message>
    <message>
        <source>%1 of %2 must be a text but holds %3</source>
        <translation>%2 的 %1 应为文字，实际为 %3</translation>
    </message>
    <message>
        <source>the number %1 of %2 lies beyond ±10¹² yuan</source>
        <translation>%2 的数值 %1 超出 ±10¹² 元</translation>
    </message>
    <message>
        <source>%1 of %2 must be a whole number but holds %3</source>
        <translation>%2 的 %1 应为整数，实际为 %3</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file could not be written to the disk (the disk may be full or failing)</source>
        <translation>文件无法写入磁盘（磁盘可能已满或出现故障）</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>磁盘无法读写（%1）</translation>
    </message>
    <message>
        <source>another program holds a lock on the file</source>
        <translation>另一个程序锁定了该文件</translation>
    </message>
    <message>
        <source>the file can no longer be written</source>
        <translation>该文件已无法写入</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.</source>
        <translation>复制的 %1 × %2 个单元格区域放不下：会超出表格范围。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the range reaches cells that are not amounts (%1).</source>
        <translation>未粘贴任何内容：区域包含非金额单元格（%1）。</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 is computed and cannot be pasted into.</source>
        <translation>未粘贴任何内容：%1 由公式计算，不能粘贴。</translation>
    </message>
    <message>
        <source>Nothing was pasted: &quot;%1&quot; for %2: %3</source>
        <translation>未粘贴任何内容：%2 的“%1”：%3</translation>
    </message>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
</context>
<context>
    <name>TableFormEditor</name>
    <message>
        <source>Prepared by: %1</source>
        <translation>编制单位：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Unit: %1 (counts in their own units)</source>
        <translation>单位：%1（数量按各自单位）</translation>
    </message>
    <message>
        <source>Shaded cells are computed: from %1, and totals from the rows they add up.</source>
        <translation>灰色单元格为计算生成：取自%1，合计由所含各行汇总。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Shaded cells are computed: totals and subtotals add up the rows below them.</source>
        <translation>灰色单元格为计算生成：合计和小计由其下各行汇总。</translation>
    </message>
</context>
<context>
    <name>TableFormModel</name>
    <message>
        <source>Only amounts can be typed here.</source>
        <translation>此处只能录入金额。</translation>
    </message>
</context>
<context>
    <name>TableFormView</name>
    <message>
        <source>The document is read-only.</source>
        <translation>文档为只读。</translation>
    </message>
    <message>
        <source>This cell is computed and cannot be changed: %1</source>
        <translation>此单元格由公式计算，不能修改：%1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>No templates were found.</source>
        <translation>未找到任何模板。</translation>
    </message>
</context>
<context>
    <name>TextPattern</name>
    <message>
        <source>&quot;%1&quot;: a &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>“%1”：有“}”而缺少对应的“{”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>“%1”：有“{”而缺少对应的“}”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an empty {} field.</source>
        <translation>“%1”：有空的 {} 字段。</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove project %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>修改部门信息</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>修改项目 %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文字</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>在%2中添加 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>从%2中删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s) in %1</source>
        <translation>
            <numerusform>清除 %1 中的 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s) into %1</source>
        <translation>
            <numerusform>向 %1 粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
</context>
<context>
    <name>WordingReader</name>
    <message>
        <source>Figure &quot;%1&quot; compares &quot;%2&quot;, which is not defined.</source>
        <translation>数字“%1”比较了未定义的“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the figure &quot;%2&quot;, which is not defined here.</source>
        <translation>“%1”引用的数字“%2”在此未定义。</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; names &quot;%2&quot;, which is not defined here.</source>
        <translation>条件“%1”引用的“%2”在此未定义。</translation>
    </message>
    <message>
        <source>A repeat over rows needs &quot;rows&quot; (a table) and &quot;level&quot;.</source>
        <translation>按行重复需要“rows”（表）和“level”。</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be &quot;projects&quot;, &quot;outputs&quot; or {&quot;rows&quot;: …}.</source>
        <translation>“repeat”必须是“projects”、“outputs”或 {&quot;rows&quot;: …}。</translation>
    </message>
</context>
<context>
    <name>WorkflowPage</name>
    <message>
        <source>1  Department</source>
        <translation>1  部门信息</translation>
    </message>
    <message>
        <source>Name, kind and units of the department.</source>
        <translation>部门名称、性质和所属单位。</translation>
    </message>
    <message>
        <source>2  Expenditure and income tables</source>
        <translation>2  支出表和收入表</translation>
    </message>
    <message>
        <source>Add the 科目 once (in 支出决算表) and type the figures; the totals and the summary tables follow.</source>
        <translation>科目只需添加一次（在支出决算表中），再填写数字；合计和总表随之生成。</translation>
    </message>
    <message>
        <source>3  三公 and other sheets</source>
        <translation>3  “三公”经费及其他表</translation>
    </message>
    <message>
        <source>“三公” expenses, last year&apos;s figures, procurement, assets and operating costs.</source>
        <translation>“三公”经费、上年数、政府采购、国有资产和机关运行经费。</translation>
    </message>
    <message>
        <source>4  Projects</source>
        <translation>4  项目</translation>
    </message>
    <message>
        <source>One performance self-evaluation per project.</source>
        <translation>每个项目一份绩效自评。</translation>
    </message>
    <message>
        <source>5  Reasons</source>
        <translation>5  原因说明</translation>
    </message>
    <message>
        <source>Explain the changes and variances the explanation asks about.</source>
        <translation>说明情况说明中要求解释的增减变化和差异。</translation>
    </message>
    <message>
        <source>6  Review</source>
        <translation>6  审核</translation>
    </message>
    <message>
        <source>Read the generated explanation and correct what the audit finds; then export.</source>
        <translation>阅读生成的情况说明，改正审核发现的问题，然后导出。</translation>
    </message>
    <message numerus="yes">
        <source>%n filled</source>
        <translation>
            <numerusform>已填 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty</source>
        <translation>
            <numerusform>未填 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n 项有审核问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of work</source>
        <translation>工作顺序</translation>
    </message>
    <message>
        <source>Work through the steps from top to bottom. Each step shows how far it has come; click it to open the first part that still needs work.</source>
        <translation>请从上到下逐步完成。每一步都显示进度；点击即可打开其中第一处尚待处理的内容。</translation>
    </message>
    <message>
        <source>Marks in the navigation: %1 filled in · %2 empty · %3 has audit findings</source>
        <translation>导航中的标记：%1 已填写 · %2 未填写 · %3 有审核问题</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Final Accounts Editor</source>
        <translation>决算编辑器</translation>
    </message>
    <message>
        <source>there is no display to open the editor on; the commands work without one (final-accounts help).</source>
        <translation>没有可以打开编辑器的显示器；命令行命令无需显示器即可使用（final-accounts help）。</translation>
    </message>
</context>
</TS>
