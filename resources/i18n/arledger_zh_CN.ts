<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgingChartView</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="120" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>AgingTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="36" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="37" />
        <location filename="../../arledger/gui/models/aging.py" line="38" />
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/aging.py" line="51" />
        <location filename="../../arledger/gui/models/aging.py" line="95" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../arledger/gui/app.py" line="97" />
        <source>arledger</source>
        <translation>arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="103" />
        <source>Welcome to arledger</source>
        <translation>欢迎使用 arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="104" />
        <source>Welcome to arledger.</source>
        <translation>欢迎使用 arledger。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="105" />
        <source>Your ledger will be kept in
%1

Would you like to start with sample customers and invoices to look around? You can start a new, empty ledger at any time from the File menu.</source>
        <translation>您的台账将保存在
%1

是否先载入示例客户和发票来熟悉功能？您随时可以从“文件”菜单新建空台账。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="108" />
        <source>Add sample data</source>
        <translation>添加示例数据</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="109" />
        <source>Start empty</source>
        <translation>从空台账开始</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/app.py" line="208" />
        <source>The translation files for this language are missing; the app stays in English.</source>
        <translation>缺少该语言的翻译文件，界面将保持英文。</translation>
    </message>
</context>
<context>
    <name>CheckFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="108" />
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="110" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="114" />
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="178" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="114" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="114" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="144" />
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="145" />
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written; fix the file and choose it again.</source>
        <translation><numerusform>此文件无法导入：发现 %n 个问题。不会写入任何数据；请修正文件后重新选择。</numerusform></translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="156" />
        <source>All %1 rows are valid. Press Import to add them to the ledger in one step.</source>
        <translation>全部 %1 行均有效。点击“导入”一次性写入台账。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="186" />
        <source>First %1 of %2 rows</source>
        <translation>前 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="188" />
        <source>%1 rows in the file</source>
        <translation>文件共 %1 行</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="49" />
        <source>What would you like to import?</source>
        <translation>您要导入什么？</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="50" />
        <source>A CSV (UTF-8) or Excel file with a header row. Every row is checked before anything is written; one bad row stops the whole file.</source>
        <translation>带表头行的 CSV（UTF-8）或 Excel 文件。写入前会检查每一行；任何一行有误，整个文件都不会导入。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="54" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="54" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="55" />
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="62" />
        <source>Columns: %1; optional: %2</source>
        <translation>必需列：%1；可选列：%2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="71" />
        <source>Choose a .csv or .xlsx file</source>
        <translation>选择 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="73" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="79" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="90" />
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="91" />
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="29" />
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="29" />
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="42" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="43" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="52" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="55" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="67" />
        <source>England &amp; Wales</source>
        <translation>英格兰和威尔士</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="67" />
        <source>EU</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="68" />
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="68" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="69" />
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="69" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="73" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="74" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="76" />
        <source>Do not contact</source>
        <translation>禁止联系</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="77" />
        <source>Attorney on record</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="78" />
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="83" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="85" />
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="86" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="87" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="88" />
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="89" />
        <source>Payment &amp;terms</source>
        <translation>账期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="90" />
        <source>Credit &amp;limit</source>
        <translation>信用额度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="91" />
        <source>Jurisdiction</source>
        <translation>适用法域</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="92" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="94" />
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="95" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="96" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="97" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="98" />
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="99" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="109" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="110" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="115" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="115" />
        <source>Add Customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="141" />
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="142" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="143" />
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="145" />
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="147" />
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="148" />
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="151" />
        <source>The country is a two-letter code such as GB, DE or CN.</source>
        <translation>国家/地区请填写两位字母代码，例如 GB、DE 或 CN。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="172" />
        <source>Saved customer %1.</source>
        <translation>已保存客户 %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/customer.py" line="172" />
        <source>Added customer %1.</source>
        <translation>已添加客户 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerPickerEdit</name>
    <message>
        <location filename="../../arledger/gui/dialogs/base.py" line="147" />
        <source>Customer code or name</source>
        <translation>客户编号或名称</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="46" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="47" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="48" />
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="49" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="50" />
        <source>Terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="50" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="52" />
        <source>Open balance</source>
        <translation>未结余额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="53" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="54" />
        <source>Open invoices</source>
        <translation>未结发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/customers.py" line="56" />
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="31" />
        <source>Search code, name, email or phone</source>
        <translation>搜索编号、名称、邮箱或电话</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="39" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="41" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="43" />
        <location filename="../../arledger/gui/views/customers.py" line="126" />
        <source>Show invoices</source>
        <translation>查看发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="66" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="85" />
        <source>%1 customers match “%2”</source>
        <translation>%1 个客户匹配“%2”</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="88" />
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="91" />
        <source>No customer matches the search.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/customers.py" line="92" />
        <source>No customers yet. Add one with New customer (Ctrl+Shift+N) or import a file (Ctrl+I).</source>
        <translation>还没有客户。可用“新建客户”（Ctrl+Shift+N）添加，或导入文件（Ctrl+I）。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="142" />
        <location filename="../../arledger/gui/views/dashboard.py" line="228" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="154" />
        <source>Aging of receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="161" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="171" />
        <source>Most overdue customers</source>
        <translation>逾期最多的客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="176" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="176" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="176" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="177" />
        <source>Oldest</source>
        <translation>最长账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="192" />
        <source>Click a customer to see the overdue invoices</source>
        <translation>点击客户查看其逾期发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="224" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="239" />
        <source>As of %1 · %2 customers</source>
        <translation>截至 %1 · %2 个客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="253" />
        <source>Nothing is owed to you yet. Add customers and invoices, or import them from a spreadsheet with File ▸ Import (Ctrl+I).</source>
        <translation>目前没有应收款。请添加客户和发票，或通过“文件 ▸ 导入”（Ctrl+I）从表格导入。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="269" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="288" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="208" />
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="217" />
        <source>%1 rows were added from %2.</source>
        <translation>已从 %2 导入 %1 行。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="220" />
        <source>Left as unapplied credit: %1.</source>
        <translation>未冲销贷项：%1。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="228" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/import_wizard.py" line="244" />
        <source>Imported %1 %2 from %3.</source>
        <translation>已从 %3 导入 %1 条 %2。</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="21" />
        <source>New Invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="37" />
        <source>from the customer's terms</source>
        <translation>按客户账期计算</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="45" />
        <source>Purchase order or contract</source>
        <translation>采购订单或合同号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="54" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="56" />
        <source>Invoice &amp;number</source>
        <translation>发票号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="57" />
        <source>&amp;Issued</source>
        <translation>开票日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="58" />
        <source>&amp;Due</source>
        <translation>到期日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="59" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="60" />
        <source>&amp;Reference</source>
        <translation>参考号(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="62" />
        <source>Add Invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="78" />
        <source>%1 · pays in %2 · %3-day terms</source>
        <translation>%1 · 以 %2 付款 · 账期 %3 天</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="95" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="98" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="99" />
        <source>invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="101" />
        <source>An invoice numbered '%1' already exists.</source>
        <translation>发票号“%1”已存在。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="105" />
        <source>The due date is before the issue date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="106" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="109" />
        <source>Add %1 for %2</source>
        <translation>添加 %1，金额 %2</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/invoice.py" line="121" />
        <source>Added invoice %1 for %2.</source>
        <translation>已添加发票 %1，金额 %2。</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="32" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="33" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="34" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="35" />
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="36" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="37" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="38" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="40" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="42" />
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="43" />
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/models/invoices.py" line="49" />
        <source>paid</source>
        <translation>已付</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="32" />
        <source>Search invoice number, reference or customer</source>
        <translation>搜索发票号、参考号或客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="42" />
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="42" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="43" />
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="43" />
        <source>All invoices</source>
        <translation>全部发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="54" />
        <source>Show every customer's invoices</source>
        <translation>显示所有客户的发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="88" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="106" />
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="150" />
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="160" />
        <source>%1 open invoices</source>
        <translation>%1 张未结发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="160" />
        <source>%1 overdue invoices</source>
        <translation>%1 张逾期发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="161" />
        <source>%1 settled invoices</source>
        <translation>%1 张已结清发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="162" />
        <source>%1 invoices</source>
        <translation>%1 张发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/invoices.py" line="165" />
        <source>No invoice matches these filters.</source>
        <translation>没有符合筛选条件的发票。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="86" />
        <source>&amp;New Ledger…</source>
        <translation>新建台账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="87" />
        <source>Create a new, empty ledger file</source>
        <translation>新建一个空台账文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="88" />
        <source>&amp;Open Ledger…</source>
        <translation>打开台账(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="89" />
        <source>Open another ledger file</source>
        <translation>打开其他台账文件</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="90" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="91" />
        <source>Import customers, invoices or payments from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入客户、发票或收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="92" />
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="93" />
        <source>Save a copy of this ledger</source>
        <translation>保存此台账的副本</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="94" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="95" />
        <source>New &amp;Customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="97" />
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="98" />
        <source>New &amp;Invoice…</source>
        <translation>新建发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="100" />
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="101" />
        <source>Record &amp;Payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="103" />
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="104" />
        <source>&amp;Write Off…</source>
        <translation>核销坏账(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="105" />
        <source>Write off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="106" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="107" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="108" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="109" />
        <source>&amp;About arledger</source>
        <translation>关于 arledger(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="110" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="150" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="152" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="159" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="165" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="169" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="186" />
        <source>Ledger: %1</source>
        <translation>台账：%1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="188" />
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="198" />
        <source>Sample ledger</source>
        <translation>示例台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="270" />
        <source>New Ledger</source>
        <translation>新建台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="276" />
        <source>Open Ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="288" />
        <source>No other ledgers yet</source>
        <translation>暂无其他台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="302" />
        <source>Back Up Ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="310" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="327" />
        <source>Select a customer first (Customers, Ctrl+2).</source>
        <translation>请先选择一个客户（客户页，Ctrl+2）。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="368" />
        <source>Aging buckets saved.</source>
        <translation>账龄区间已保存。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="374" />
        <source>About arledger</source>
        <translation>关于 arledger</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/main_window.py" line="375" />
        <source>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;Accounts receivable and collections for small businesses.&lt;/p&gt;&lt;p&gt;Ledger file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;arledger %1&lt;/h3&gt;&lt;p&gt;面向小企业的应收账款与催收工具。&lt;/p&gt;&lt;p&gt;台账文件：&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Qt for Python %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="32" />
        <location filename="../../arledger/gui/dialogs/payment.py" line="88" />
        <source>Record Payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="53" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="56" />
        <source>Bank statement reference</source>
        <translation>银行流水参考号</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="60" />
        <source>Open now</source>
        <translation>当前未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="61" />
        <source>Applied</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="61" />
        <source>Left open</source>
        <translation>剩余未结</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="78" />
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="80" />
        <source>&amp;Received on</source>
        <translation>收款日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="81" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="82" />
        <source>A&amp;pply to</source>
        <translation>冲销对象(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="83" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="84" />
        <source>R&amp;eference</source>
        <translation>参考号(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="85" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="110" />
        <source>Oldest invoices first</source>
        <translation>按到期先后冲销</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="114" />
        <source>%1 · %2 open invoices in %3</source>
        <translation>%1 · %3 未结发票 %2 张</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="117" />
        <source>%1 — due %2, open %3</source>
        <translation>%1 — %2 到期，未结 %3</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="138" />
        <source>%1 is more than is open; it stays on the account as credit.</source>
        <translation>%1 超出未结金额，将作为贷项留在账户上。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="151" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="154" />
        <source>There is no customer with code '%1'.</source>
        <translation>没有编号为“%1”的客户。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="155" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="177" />
        <source>Payment of %1 recorded and applied to %2 invoice(s)</source>
        <translation>已登记收款 %1，冲销 %2 张发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/payment.py" line="180" />
        <source>; %1 left as credit</source>
        <translation>；%1 作为贷项保留</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="39" />
        <location filename="../../arledger/gui/views/reports.py" line="142" />
        <source>Aged receivables</source>
        <translation>应收账款账龄</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="49" />
        <source>Day boundaries between buckets, for example 30,60,90,180</source>
        <translation>区间的天数分界，例如 30,60,90,180</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="51" />
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="52" />
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="55" />
        <location filename="../../arledger/gui/views/reports.py" line="74" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="56" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="58" />
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="60" />
        <source>Run report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="72" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="72" />
        <source>Buckets</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="73" />
        <source>Age by</source>
        <translation>账龄依据</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="73" />
        <source>One row per</source>
        <translation>每行显示</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="99" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="105" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="107" />
        <source>Over %1</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="133" />
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="146" />
        <source>by due date</source>
        <translation>按到期日</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="146" />
        <source>by invoice date</source>
        <translation>按开票日期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/reports.py" line="147" />
        <source>Aged receivables as of %1, %2 · %3 rows</source>
        <translation>截至 %1 的应收账款账龄（%2）· %3 行</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="14" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="22" />
        <source>The window is redrawn in the new language at once.</source>
        <translation>窗口会立即以新语言重新显示。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="26" />
        <source>Day boundaries between aging buckets, for example 30,90,180</source>
        <translation>账龄区间的天数分界，例如 30,90,180</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="27" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/settings.py" line="29" />
        <source>Aging &amp;buckets (days)</source>
        <translation>账龄区间（天）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="52" />
        <source>Receivables · %1</source>
        <translation>应收账款 · %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="58" />
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="62" />
        <source>%1 of the balance is past due</source>
        <translation>余额中 %1 已逾期</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/views/dashboard.py" line="66" />
        <source>Show the open %1 invoices</source>
        <translation>查看 %1 未结发票</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="18" />
        <location filename="../../arledger/gui/dialogs/write_off.py" line="42" />
        <source>Write Off</source>
        <translation>核销坏账</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="32" />
        <source>the whole open amount</source>
        <translation>全部未结金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="35" />
        <source>e.g. customer insolvent; claim filed with the administrator</source>
        <translation>例如：客户破产，已向管理人申报债权</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="36" />
        <source>&amp;Invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="38" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="39" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="40" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="48" />
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="57" />
        <source>%1 · %2 · open %3 of %4</source>
        <translation>%1 · %2 · 未结 %3（共 %4）</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="61" />
        <source>Invoice %1 has nothing open to write off.</source>
        <translation>发票 %1 没有可核销的未结金额。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="63" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="65" />
        <source>That is more than the %1 still open.</source>
        <translation>超过了当前未结的 %1。</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="67" />
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../arledger/gui/dialogs/write_off.py" line="79" />
        <source>Wrote off %1 of invoice %2.</source>
        <translation>已核销发票 %2 的 %1。</translation>
    </message>
</context>
</TS>