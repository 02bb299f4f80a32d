<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>Bucket boundaries must be whole days, above zero and increasing; got {got}.</source>
      <comment>aging.bad_boundaries</comment>
      <translation>账龄区间的分界必须是大于零且递增的整天数；收到的是 {got}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>Give at least one bucket boundary, such as 30,90,180.</source>
      <comment>aging.no_boundaries</comment>
      <translation>请至少给出一个账龄区间分界，例如 30,90,180。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/aging.py" />
      <source>'{text}' is not a list of day boundaries such as 30,90,180.</source>
      <comment>aging.not_boundaries</comment>
      <translation>'{text}' 不是天数分界列表，应类似 30,90,180。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/allocation_preview.py" />
      <source>Invoice {number} is in {currency}, not {wanted}.</source>
      <comment>allocation.invoice_currency</comment>
      <translation>发票 {number} 的币种是 {currency}，不是 {wanted}。</translation>
    </message>
    <message>
      <location filename="../../arledger/__main__.py" />
      <source>The desktop app cannot start: {reason}.</source>
      <comment>app.cannot_start</comment>
      <translation>桌面程序无法启动：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The evidence log in {archive} is broken at event {first_bad_seq} ({problem}); nothing was restored.</source>
      <comment>backup.chain_broken</comment>
      <translation>{archive} 中的证据日志在事件 {first_bad_seq} 处断裂（{problem}）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The evidence log in {archive} ends at {head}…, not at the head its manifest recorded ({recorded_head}…); nothing was restored.</source>
      <comment>backup.chain_head_differs</comment>
      <translation>{archive} 中的证据日志止于 {head}…，而非其清单记录的链尾（{recorded_head}…）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The ledger could not be copied for the backup ({reason}).</source>
      <comment>backup.copy_failed</comment>
      <translation>无法复制台账以进行备份（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The ledger in {archive} is damaged ({problems}); nothing was restored.</source>
      <comment>backup.ledger_damaged</comment>
      <translation>{archive} 中的台账已损坏（{problems}）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The manifest of {archive} cannot be read; the archive is damaged.</source>
      <comment>backup.manifest_unreadable</comment>
      <translation>无法读取 {archive} 的清单；该归档已损坏。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{name} in {archive} does not match its SHA-256 in the manifest; the archive is damaged and nothing was restored.</source>
      <comment>backup.member_hash_differs</comment>
      <translation>{archive} 中的 {name} 与清单中的 SHA-256 不符；该归档已损坏，未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} lacks {name}, which its manifest lists; nothing was restored.</source>
      <comment>backup.member_missing</comment>
      <translation>{archive} 缺少清单中列出的 {name}；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} names a file outside the ledger ({name}); nothing was restored.</source>
      <comment>backup.member_outside</comment>
      <translation>{archive} 指向台账之外的文件（{name}）；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>There is no backup at {archive}.</source>
      <comment>backup.missing</comment>
      <translation>{archive} 处没有备份。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} holds no ledger database; nothing was restored.</source>
      <comment>backup.no_database</comment>
      <translation>{archive} 中没有台账数据库；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is not an arledger backup (it has no {manifest_member}).</source>
      <comment>backup.no_manifest</comment>
      <translation>{archive} 不是 arledger 备份（其中没有 {manifest_member}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is not an arledger backup (not a zip archive).</source>
      <comment>backup.not_zip</comment>
      <translation>{archive} 不是 arledger 备份（不是 zip 归档）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The backup could not be restored to {new_ledger} ({reason}).</source>
      <comment>backup.restore_failed</comment>
      <translation>无法将备份恢复到 {new_ledger}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{existing} already exists; restore into a new ledger file name.</source>
      <comment>backup.restore_target_exists</comment>
      <translation>{existing} 已存在；请恢复为新的台账文件名。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{target} already exists; choose another file name for the backup.</source>
      <comment>backup.target_exists</comment>
      <translation>{target} 已存在；请为备份另选文件名。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} is a backup format this version of arledger does not know.</source>
      <comment>backup.unknown_format</comment>
      <translation>{archive} 的备份格式是此版本 arledger 无法识别的。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>{archive} holds {name}, which its manifest does not list; nothing was restored.</source>
      <comment>backup.unlisted_member</comment>
      <translation>{archive} 含有清单未列出的 {name}；未恢复任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>The backup could not be written to {target} ({reason}).</source>
      <comment>backup.write_failed</comment>
      <translation>无法将备份写入 {target}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} line {n}, column 'accept': '{answer}' is neither yes nor no.</source>
      <comment>bank.accept_not_yes_no</comment>
      <translation>{path_name} 第 {n} 行，“accept”列：“{answer}”既不是 yes 也不是 no。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: accepted but no customer is named.</source>
      <comment>bank.accepted_without_customer</comment>
      <translation>{where}：已接受，但未指定客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} was applied meanwhile (by another window or command); nothing was recorded now. Review it again to see what is left.</source>
      <comment>bank.applied_meanwhile</comment>
      <translation>{source} 已在此期间被应用（由另一个窗口或命令）；本次未记录任何内容。请重新核对以查看剩余部分。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: a debit cannot be accepted as a customer payment.</source>
      <comment>bank.debit_accepted</comment>
      <translation>{where}：借记款项不能作为客户付款接受。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} line {line}: {problem}</source>
      <comment>bank.line_problem</comment>
      <translation>{source} 第 {line} 行：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no file at {path}.</source>
      <comment>bank.no_file</comment>
      <translation>{path} 处没有文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no review file at {path}.</source>
      <comment>bank.no_review_file</comment>
      <translation>{path} 处没有核对文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>debit</source>
      <comment>bank.outcome.debit</comment>
      <translation>支出</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>matched</source>
      <comment>bank.outcome.matched</comment>
      <translation>已匹配</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>seen</source>
      <comment>bank.outcome.seen</comment>
      <translation>以前已导入</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>unmatched</source>
      <comment>bank.outcome.unmatched</comment>
      <translation>未匹配</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>our payment reference (customer code) in the remittance text; amount equals the invoices named</source>
      <comment>bank.reason.code_exact</comment>
      <translation>汇款附言中有我方付款参考号（客户代码）；金额等于所列发票</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>our payment reference (customer code) in the remittance text; applied oldest first</source>
      <comment>bank.reason.code_oldest</comment>
      <translation>汇款附言中有我方付款参考号（客户代码）；按最早的发票依次冲销</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice of one customer</source>
      <comment>bank.reason.combination</comment>
      <extracomment>amount equals {n} open invoices of one customer together</extracomment>
      <translation>
        <numerusform>金额等于同一客户 {n} 张未结发票之和</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals combinations of several customers' invoices: not guessed</source>
      <comment>bank.reason.combinations</comment>
      <translation>金额等于多个客户发票的不同组合：不作猜测</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>a debit (money out): listed, not matched</source>
      <comment>bank.reason.debit</comment>
      <translation>一笔支出（付出款项）：仅列出，不匹配</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice: not guessed</source>
      <comment>bank.reason.equal_amounts</comment>
      <extracomment>amount equals {n} open invoices: not guessed</extracomment>
      <translation>
        <numerusform>金额与 {n} 张未结发票相同：不作猜测</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals {n} open invoice of different customers: not guessed</source>
      <comment>bank.reason.equal_amounts_customers</comment>
      <extracomment>amount equals {n} open invoices of different customers: not guessed</extracomment>
      <translation>
        <numerusform>金额与不同客户的 {n} 张未结发票相同：不作猜测</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>IBAN {iban} seen on an earlier payment; amount equals the invoices named</source>
      <comment>bank.reason.iban_exact</comment>
      <translation>IBAN {iban} 见于以前的付款；金额等于所列发票</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>IBAN {iban} seen on an earlier payment; applied oldest first</source>
      <comment>bank.reason.iban_oldest</comment>
      <translation>IBAN {iban} 见于以前的付款；按最早的发票依次冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>no invoice number, known payer or amount matches</source>
      <comment>bank.reason.nothing</comment>
      <translation>发票号、已知付款人和金额均不匹配</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount equals what is open</source>
      <comment>bank.reason.number_exact</comment>
      <extracomment>invoice numbers in the remittance text; amount equals what is open</extracomment>
      <translation>
        <numerusform>汇款附言中有发票号；金额等于未结金额</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount differs from what is open (overpaid)</source>
      <comment>bank.reason.number_over</comment>
      <extracomment>invoice numbers in the remittance text; amount differs from what is open (overpaid)</extracomment>
      <translation>
        <numerusform>汇款附言中有发票号；金额与未结金额不同（多付）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>invoice number in the remittance text; amount differs from what is open (part payment)</source>
      <comment>bank.reason.number_part</comment>
      <extracomment>invoice numbers in the remittance text; amount differs from what is open (part payment)</extracomment>
      <translation>
        <numerusform>汇款附言中有发票号；金额与未结金额不同（部分付款）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>amount equals one open invoice</source>
      <comment>bank.reason.one_invoice</comment>
      <translation>金额等于一张未结发票</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>payer name '{payer}' seen on an earlier payment; amount equals the invoices named</source>
      <comment>bank.reason.payer_exact</comment>
      <translation>付款人名称“{payer}”见于以前的付款；金额等于所列发票</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>payer name '{payer}' seen on an earlier payment; applied oldest first</source>
      <comment>bank.reason.payer_oldest</comment>
      <translation>付款人名称“{payer}”见于以前的付款；按最早的发票依次冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>imported from an earlier statement</source>
      <comment>bank.reason.seen</comment>
      <translation>已从以前的对账单导入</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/bank_matching.py" />
      <source>the remittance names invoices of several customers: not guessed</source>
      <comment>bank.reason.several_customers</comment>
      <translation>汇款附言提到多个客户的发票：不作猜测</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a review file written by 'import bank --review' (it has no {missing} column).</source>
      <comment>bank.review_columns_missing</comment>
      <translation>{path_name} 不是由 'import bank --review' 生成的核对文件（缺少 {missing} 列）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{target} is the ledger itself; choose another file for the review.</source>
      <comment>bank.review_is_ledger</comment>
      <translation>{target} 就是台账本身；请为核对另选文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not UTF-8 text.</source>
      <comment>bank.review_not_utf8</comment>
      <translation>{path_name} 不是 UTF-8 文本。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source}: the review names a line that is not in this statement (fingerprint {fp}…); review this statement again.</source>
      <comment>bank.review_unknown_line</comment>
      <translation>{source}：核对文件中有一行不在此对账单中（指纹 {fp}…）；请重新核对此对账单。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a readable CSV file ({reason}).</source>
      <comment>bank.review_unreadable</comment>
      <translation>{path_name} 不是可读的 CSV 文件（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>The review could not be written to {target} ({reason}).</source>
      <comment>bank.review_write_failed</comment>
      <translation>无法将核对文件写入 {target}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{where}: there is no customer with code '{customer_code}'.</source>
      <comment>bank.unknown_customer_at</comment>
      <translation>{where}：没有编号为“{customer_code}”的客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{path_name} is not a camt.053/054, OFX or MT940 statement; a CSV statement needs its columns mapped (--map date=...,amount=...,payer=...,remittance=..., --profile or --detect).</source>
      <comment>bank.unknown_format</comment>
      <translation>{path_name} 不是 camt.053/054、OFX 或 MT940 对账单；CSV 对账单需要映射列（--map date=...,amount=...,payer=...,remittance=...、--profile 或 --detect）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>{source} was not applied: the ledger refused the write ({reason}); nothing changed.</source>
      <comment>bank.write_refused</comment>
      <translation>{source} 未被应用：台账拒绝了写入（{reason}）；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: '{value}' {currency} is not an amount ({problem}).</source>
      <comment>bank_file.bad_amount</comment>
      <translation>{source} {where}：'{value}' {currency} 不是金额（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable MT940 statement ({problem}).</source>
      <comment>bank_file.bad_mt940</comment>
      <translation>{name} 不是可读取的 MT940 对账单（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a readable OFX file ({problem}).</source>
      <comment>bank_file.bad_ofx</comment>
      <translation>{name} 不是可读取的 OFX 文件（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not well-formed XML ({problem}).</source>
      <comment>bank_file.bad_xml</comment>
      <translation>{name} 不是格式正确的 XML（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no amount (Amt).</source>
      <comment>bank_file.camt_no_amount</comment>
      <translation>{source} {where}：没有金额（Amt）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{source} {where}: has no booking date (BookgDt).</source>
      <comment>bank_file.camt_no_date</comment>
      <translation>{source} {where}：没有记账日期（BookgDt）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} declares a DOCTYPE or entities; bank statements never do, so it is refused.</source>
      <comment>bank_file.doctype</comment>
      <translation>{name} 声明了 DOCTYPE 或实体；银行对账单从不如此，因此拒绝读取。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}</source>
      <comment>bank_file.entry</comment>
      <translation>第 {n} 笔记录</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>entry {n}.{k}</source>
      <comment>bank_file.entry_detail</comment>
      <translation>第 {n}.{k} 笔记录</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no amount (:61:).</source>
      <comment>bank_file.mt940_no_amount</comment>
      <translation>{name} 第 {n} 笔交易：没有金额（:61:）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} transaction {n}: has no booking date (:61:).</source>
      <comment>bank_file.mt940_no_date</comment>
      <translation>{name} 第 {n} 笔交易：没有记账日期（:61:）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053 or camt.054 document.</source>
      <comment>bank_file.not_camt</comment>
      <translation>{name} 不是 camt.053 或 camt.054 文档。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n} ({id})</source>
      <comment>bank_file.ofx_transaction</comment>
      <translation>第 {n} 笔交易（{id}）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is larger than {size} MB; split the statement.</source>
      <comment>bank_file.too_large</comment>
      <translation>{name} 大于 {size} MB；请拆分对账单。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>transaction {n}</source>
      <comment>bank_file.transaction</comment>
      <translation>第 {n} 笔交易</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>{name} is not a camt.053/054, OFX or MT940 statement; a CSV statement needs a mapping (--map or --profile).</source>
      <comment>bank_file.unknown_format</comment>
      <translation>{name} 不是 camt.053/054、OFX 或 MT940 对账单；CSV 对账单需要列映射（--map 或 --profile）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} {value} (minor units) is not below {limit}.</source>
      <comment>bounds.amount</comment>
      <translation>{table} 第 {row} 行：{column} {value}（最小货币单位）不低于 {limit}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} {value} is outside the dates arledger accepts ({first} to {last}).</source>
      <comment>bounds.date</comment>
      <translation>{table} 第 {row} 行：{column} {value} 超出 arledger 接受的日期范围（{first} 至 {last}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>The setting {problem}; its default is used until it is set again.</source>
      <comment>bounds.setting_invalid</comment>
      <translation>设置 {problem}；在重新设置之前使用其默认值。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>The setting {key} is not readable JSON; it is ignored until it is set again.</source>
      <comment>bounds.setting_not_json</comment>
      <translation>设置 {key} 不是可读的 JSON；在重新设置之前将被忽略。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bounds.py" />
      <source>{table} row {row}: {column} is {value} long; at most {limit} are accepted.</source>
      <comment>bounds.text</comment>
      <translation>{table} 第 {row} 行：{column} 长度为 {value}；最多接受 {limit}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>{owner} already owns the case of {customer_code}.</source>
      <comment>case.already_owner</comment>
      <translation>{owner} 已是 {customer_code} 催收案件的负责人。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handed over to {to} with pack {pack} (event {seq}).</source>
      <comment>case.note.handed_over</comment>
      <translation>已移交{to}，材料包 {pack}（事件 {seq}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer} paid by its deadline.</source>
      <comment>case.note.settlement_paid</comment>
      <translation>和解方案 {offer} 已在期限内付清。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>Name the case owner (a user name).</source>
      <comment>case.owner_missing</comment>
      <translation>请指定案件负责人（用户名）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>Give the case an owner before handing it over; someone must answer the lawyer or agency.</source>
      <comment>cases.needs_owner</comment>
      <translation>移交前请先为案件指定负责人；律师或催收机构需要有人对接。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>The case is already at stage '{stage}'.</source>
      <comment>cases.same_stage</comment>
      <translation>案件已处于“{stage}”阶段。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>active</source>
      <comment>cases.stage.active</comment>
      <translation>催收中</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: agency</source>
      <comment>cases.stage.agency</comment>
      <translation>已移交：催收机构</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: court</source>
      <comment>cases.stage.court</comment>
      <translation>已移交：法院</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>dispute</source>
      <comment>cases.stage.dispute</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>handed over: lawyer</source>
      <comment>cases.stage.lawyer</comment>
      <translation>已移交：律师</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>monitoring</source>
      <comment>cases.stage.monitoring</comment>
      <translation>观察</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: paid</source>
      <comment>cases.stage.paid</comment>
      <translation>已结案：已付清</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>plan</source>
      <comment>cases.stage.plan</comment>
      <translation>分期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>promise</source>
      <comment>cases.stage.promise</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: settled</source>
      <comment>cases.stage.settled</comment>
      <translation>已结案：已和解</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>closed: written off</source>
      <comment>cases.stage.written_off</comment>
      <translation>已结案：已核销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/cases.py" />
      <source>'{text}' is not a case stage; use one of {stages}.</source>
      <comment>cases.unknown_stage</comment>
      <translation>'{text}' 不是案件阶段；请使用以下之一：{stages}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{kind} {path} does not match its recorded SHA-256</source>
      <comment>check.file_differs</comment>
      <translation>{kind} {path} 与记录的 SHA-256 不符</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{kind} {path} is missing</source>
      <comment>check.file_missing</comment>
      <translation>{kind} {path} 缺失</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Aging as of {date} (by {basis})</source>
      <comment>cli.aging.heading</comment>
      <translation>截至 {date} 的账龄（按{basis}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Nothing is open on that date.</source>
      <comment>cli.aging.nothing_open</comment>
      <translation>该日期没有未结款项。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <comment>cli.argparse.ambiguous</comment>
      <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <comment>cli.argparse.argument</comment>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected at least one argument</source>
      <comment>cli.argparse.expected_at_least_one</comment>
      <translation>至少需要一个值</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected at most one argument</source>
      <comment>cli.argparse.expected_at_most_one</comment>
      <translation>最多只能有一个值</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected %s argument</source>
      <comment>cli.argparse.expected_n</comment>
      <extracomment>expected %s arguments</extracomment>
      <translation>
        <numerusform>需要 %s 个值</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>expected one argument</source>
      <comment>cli.argparse.expected_one</comment>
      <translation>需要一个值</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>show this help message and exit</source>
      <comment>cli.argparse.help</comment>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>ignored explicit argument %r</source>
      <comment>cli.argparse.ignored_explicit</comment>
      <translation>已忽略显式给出的值 %r</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <comment>cli.argparse.invalid_choice</comment>
      <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <comment>cli.argparse.invalid_value</comment>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>not allowed with argument %s</source>
      <comment>cli.argparse.not_allowed_with</comment>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>one of the arguments %s is required</source>
      <comment>cli.argparse.one_required</comment>
      <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>options</source>
      <comment>cli.argparse.options</comment>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>positional arguments</source>
      <comment>cli.argparse.positional_arguments</comment>
      <translation>位置参数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>the following arguments are required: %s</source>
      <comment>cli.argparse.required</comment>
      <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <comment>cli.argparse.unknown_parser</comment>
      <translation>未知命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>unrecognized arguments: %s</source>
      <comment>cli.argparse.unrecognized</comment>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/argparse_words.py" />
      <source>usage: </source>
      <comment>cli.argparse.usage</comment>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Kept {file} as evidence (SHA-256 {digest}).</source>
      <comment>cli.attach.kept</comment>
      <translation>已将 {file} 保存为证据（SHA-256 {digest}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Backed up to {path}: the ledger, {files}, {events} (chain head {head}…), {size} bytes.</source>
      <comment>cli.backup.done</comment>
      <translation>已备份到 {path}：台账、{files}、{events}（链头 {head}…），共 {size} 字节。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>arledger: warning: {file} is recorded in the ledger but missing or altered on disk; the backup holds what was there.</source>
      <comment>cli.backup.missing</comment>
      <translation>arledger：警告：{file} 在台账中有记录，但磁盘上缺失或已被改动；备份中保存的是磁盘上现有的内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>'{text}' is not DATE:AMOUNT (e.g. 2025-07-01:500).</source>
      <comment>cli.bad_schedule</comment>
      <translation>'{text}' 不是 日期:金额 格式（例如 2025-07-01:500）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{count} lines were imported before and were skipped.</source>
      <comment>cli.bank.already_seen</comment>
      <translation>{count} 行此前已导入，已跳过。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{count} {outcome}</source>
      <comment>cli.bank.count</comment>
      <translation>{outcome} {count}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source} ({format}): {counts}.</source>
      <comment>cli.bank.counts</comment>
      <translation>{source}（{format}）：{counts}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>nothing</source>
      <comment>cli.bank.nothing</comment>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: nothing new; all {count} lines were imported before.</source>
      <comment>cli.bank.nothing_new</comment>
      <translation>{source}：没有新内容；全部 {count} 行此前均已导入。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Nothing was recorded: write the proposals with --review FILE.csv, edit them, then --apply FILE.csv.</source>
      <comment>cli.bank.nothing_recorded</comment>
      <translation>未记录任何内容：请用 --review FILE.csv 写出建议，编辑后再用 --apply FILE.csv。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: recorded {n} payment ({amounts}); {rejected} rejected, {unmatched} unmatched and {debits} debit lines remembered, not recorded.</source>
      <comment>cli.bank.recorded</comment>
      <extracomment>{source}: recorded {n} payments ({amounts}); {rejected} rejected, {unmatched} unmatched and {debits} debit lines remembered, not recorded.</extracomment>
      <translation>
        <numerusform>{source}：已记录 {n} 笔收款（{amounts}）；{rejected} 行已拒绝，{unmatched} 行未匹配，{debits} 行借方记录已留存但未入账。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Wrote the proposals to {target}; set 'accept' to yes or no on each line, then run 'arledger import bank {file} --apply {target}'.</source>
      <comment>cli.bank.review_written</comment>
      <translation>已将建议写入 {target}；请在每行的 'accept' 中填 yes 或 no，然后运行 'arledger import bank {file} --apply {target}'。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: would record {count} accepted lines as payments.</source>
      <comment>cli.bank.would_record</comment>
      <translation>{source}：将把 {count} 行已接受的记录登记为收款。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} {name}: {stage}{since}; owner {owner}</source>
      <comment>cli.case.heading</comment>
      <translation>{customer} {name}：{stage}{since}；负责人 {owner}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  {on}  {stage} {owner} event {event}{note}</source>
      <comment>cli.case.history</comment>
      <translation>  {on}  {stage} {owner} 事件 {event}{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>: {note}</source>
      <comment>cli.case.history_note</comment>
      <translation>：{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source> (not recorded; implied by the ledger)</source>
      <comment>cli.case.implied</comment>
      <translation>（未记录；由台账推定）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>(none)</source>
      <comment>cli.case.no_owner</comment>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>- (run arledger risk refresh)</source>
      <comment>cli.case.no_tier</comment>
      <translation>-（请运行 arledger risk refresh）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{owner} owns the case of {customer}.</source>
      <comment>cli.case.owner_set</comment>
      <translation>{owner} 负责 {customer} 的案件。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  promises kept {kept} of {evaluated} evaluated ({rate}); average days late (12 months) {days}</source>
      <comment>cli.case.promises</comment>
      <translation>  已兑现承诺 {kept} / 已评估 {evaluated}（{rate}）；平均逾期天数（12 个月）{days}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source> since {date}</source>
      <comment>cli.case.since</comment>
      <translation>，自 {date} 起</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The case of {customer} is now {stage} (evidence event {event}).</source>
      <comment>cli.case.stage_set</comment>
      <translation>{customer} 的案件现处于“{stage}”阶段（证据事件 {event}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  risk tier {tier}</source>
      <comment>cli.case.tier</comment>
      <translation>  风险等级 {tier}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>    - {reason}</source>
      <comment>cli.case.tier_reason</comment>
      <translation>    - {reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  warning [{code}]: {message}</source>
      <comment>cli.case.warning</comment>
      <translation>  预警 [{code}]：{message}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Evidence: {events}, BROKEN at event {seq}: {problem}.</source>
      <comment>cli.check.chain_broken</comment>
      <translation>证据：{events}，在事件 {seq} 处断裂：{problem}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Evidence: {events}, chain intact, head {head}.</source>
      <comment>cli.check.chain_intact</comment>
      <translation>证据：{events}，链条完整，链头 {head}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Database: DAMAGED: {problems}.</source>
      <comment>cli.check.database_damaged</comment>
      <translation>数据库：已损坏：{problems}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Database: sound (SQLite integrity_check: ok).</source>
      <comment>cli.check.database_sound</comment>
      <translation>数据库：完好（SQLite integrity_check：ok）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Archived files: {files} checked; {problems}.</source>
      <comment>cli.check.files_problems</comment>
      <translation>归档文件：已检查 {files}；{problems}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Archived files: {files} checked; all match their SHA-256.</source>
      <comment>cli.check.files_sound</comment>
      <translation>归档文件：已检查 {files}；全部与其 SHA-256 相符。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{path}: schema version {version}.</source>
      <comment>cli.check.schema</comment>
      <translation>{path}：结构版本 {version}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{name} failed the check.</source>
      <comment>cli.check_failed</comment>
      <translation>{name} 未通过检查。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{name} failed the check; the newest backup is {backup}.</source>
      <comment>cli.check_failed_backup</comment>
      <translation>{name} 未通过检查；最新的备份是 {backup}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>accounts</source>
      <comment>cli.col.accounts</comment>
      <translation>客户数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>amount</source>
      <comment>cli.col.amount</comment>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>balance</source>
      <comment>cli.col.balance</comment>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{bucket} amount</source>
      <comment>cli.col.bucket_amount</comment>
      <translation>{bucket} 金额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{bucket} count</source>
      <comment>cli.col.bucket_count</comment>
      <translation>{bucket} 笔数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>collected</source>
      <comment>cli.col.collected</comment>
      <translation>已收回</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>compensation</source>
      <comment>cli.col.compensation</comment>
      <translation>赔偿</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>conf</source>
      <comment>cli.col.confidence</comment>
      <translation>置信度</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>contacts</source>
      <comment>cli.col.contacts</comment>
      <translation>联系次数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>count</source>
      <comment>cli.col.count</comment>
      <translation>笔数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>credit</source>
      <comment>cli.col.credit</comment>
      <translation>贷方余额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>currency</source>
      <comment>cli.col.currency</comment>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>customer</source>
      <comment>cli.col.customer</comment>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>date</source>
      <comment>cli.col.date</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>days</source>
      <comment>cli.col.days</comment>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>days overdue</source>
      <comment>cli.col.days_overdue</comment>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>days to collect</source>
      <comment>cli.col.days_to_collect</comment>
      <translation>收款天数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>disputed</source>
      <comment>cli.col.disputed</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>due date</source>
      <comment>cli.col.due_date</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>from</source>
      <comment>cli.col.from</comment>
      <translation>起</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>id</source>
      <comment>cli.col.id</comment>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>instalments</source>
      <comment>cli.col.instalments</comment>
      <translation>期数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>interest</source>
      <comment>cli.col.interest</comment>
      <translation>利息</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>invoice</source>
      <comment>cli.col.invoice</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices</source>
      <comment>cli.col.invoices</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>kept</source>
      <comment>cli.col.kept</comment>
      <translation>已兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>kept rate</source>
      <comment>cli.col.kept_rate</comment>
      <translation>兑现率</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>line</source>
      <comment>cli.col.line</comment>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>make-up</source>
      <comment>cli.col.make_up</comment>
      <translation>构成</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>month</source>
      <comment>cli.col.month</comment>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>name</source>
      <comment>cli.col.name</comment>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>net claimable</source>
      <comment>cli.col.net_claimable</comment>
      <translation>净可主张</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>note</source>
      <comment>cli.col.note</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>open</source>
      <comment>cli.col.open</comment>
      <translation>未付</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>opened on</source>
      <comment>cli.col.opened_on</comment>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>outcome</source>
      <comment>cli.col.outcome</comment>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>overdue</source>
      <comment>cli.col.overdue</comment>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>owner</source>
      <comment>cli.col.owner</comment>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>paid</source>
      <comment>cli.col.paid</comment>
      <translation>已付</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>payer</source>
      <comment>cli.col.payer</comment>
      <translation>付款人</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>plan</source>
      <comment>cli.col.plan</comment>
      <translation>计划</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>promised</source>
      <comment>cli.col.promised</comment>
      <translation>承诺金额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>promises</source>
      <comment>cli.col.promises</comment>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>rate</source>
      <comment>cli.col.rate</comment>
      <translation>利率</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>reason</source>
      <comment>cli.col.reason</comment>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>resolution</source>
      <comment>cli.col.resolution</comment>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>resolved on</source>
      <comment>cli.col.resolved_on</comment>
      <translation>解决日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>share %</source>
      <comment>cli.col.share</comment>
      <translation>占比 %</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>status</source>
      <comment>cli.col.status</comment>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>time-barred</source>
      <comment>cli.col.time_barred</comment>
      <translation>已过时效</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>to</source>
      <comment>cli.col.to</comment>
      <translation>止</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>total</source>
      <comment>cli.col.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Logged {channel} contact {id} with {customer}{note}.</source>
      <comment>cli.contact.logged</comment>
      <translation>已记录与 {customer} 的{channel}联系 {id}{note}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source> Next allowed: {at}.</source>
      <comment>cli.contact.next_allowed</comment>
      <translation>下次允许时间：{at}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: nothing was logged; add --override REASON to record it anyway.</source>
      <comment>cli.contact.nothing_logged</comment>
      <translation>arledger：未记录任何内容；如仍要记录，请加上 --override 理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source> (guard overridden; the override is in the evidence log)</source>
      <comment>cli.contact.overridden</comment>
      <translation>（已越过联系规则；例外记录在证据日志中）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: refused ({rule}): {violation}{next}</source>
      <comment>cli.contact.refused</comment>
      <translation>arledger：已拒绝（{rule}）：{violation}{next}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{code}: contract rate {rate}, fee {fee}{lpr}.</source>
      <comment>cli.contract.customer</comment>
      <translation>{code}：合同利率：{rate}；费用：{fee}{lpr}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: payment date agreed {agreed}, notice of default {notice}.</source>
      <comment>cli.contract.default_terms</comment>
      <translation>{number}：约定付款日期：{agreed}；迟延通知：{notice}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{amount} {currency}</source>
      <comment>cli.contract.fee</comment>
      <translation>{amount} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: contract rate {rate}, fee {fee} (the customer's terms apply where not set).</source>
      <comment>cli.contract.invoice</comment>
      <translation>{number}：合同利率：{rate}；费用：{fee}（未设置的项目适用客户的条款）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>, LPR x {factor}</source>
      <comment>cli.contract.lpr</comment>
      <translation>；LPR × {factor}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>not set</source>
      <comment>cli.contract.not_set</comment>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{rate} a year</source>
      <comment>cli.contract.rate</comment>
      <translation>每年 {rate}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} event</source>
      <comment>cli.count.events</comment>
      <extracomment>{n} events</extracomment>
      <translation>
        <numerusform>{n} 个事件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} evidence event</source>
      <comment>cli.count.evidence_events</comment>
      <extracomment>{n} evidence events</extracomment>
      <translation>
        <numerusform>{n} 个证据事件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} file</source>
      <comment>cli.count.files</comment>
      <extracomment>{n} files</extracomment>
      <translation>
        <numerusform>{n} 个文件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>{n} icon</source>
      <comment>cli.count.icons</comment>
      <extracomment>{n} icons</extracomment>
      <translation>
        <numerusform>{n} 个图标</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Applied {currency} credit: {applied}.</source>
      <comment>cli.credit.applied</comment>
      <translation>已冲抵 {currency} 贷方余额：{applied}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Still on the account: {amounts}</source>
      <comment>cli.credit.left</comment>
      <translation>仍留在账户上：{amounts}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Nothing applied: {customer} has no unapplied credit, or nothing it could settle.</source>
      <comment>cli.credit.nothing</comment>
      <translation>未冲抵任何款项：{customer} 没有未分配的贷方余额，或没有可结清的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Added customer {code} {name}.</source>
      <comment>cli.customer.added</comment>
      <translation>已添加客户 {code} {name}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Entries (id: what reversal commands take)</source>
      <comment>cli.customer.entries</comment>
      <translation>分录（id：冲销命令使用的编号）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  {kind} {id}  {date}  {amount} {currency}  {entry}  applied {applied}{reversed}</source>
      <comment>cli.customer.entry</comment>
      <translation>  {kind} {id}  {date}  {amount} {currency}  {entry}  已核销 {applied}{reversed}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>net balance</source>
      <comment>cli.customer.net_balance</comment>
      <translation>净余额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>nothing</source>
      <comment>cli.customer.nothing</comment>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>open</source>
      <comment>cli.customer.open</comment>
      <translation>未付</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  {number} due {due}  {open} {currency} of {amount}</source>
      <comment>cli.customer.open_invoice</comment>
      <translation>  {number} 到期 {due}  {open} {currency}，原额 {amount}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Open invoices</source>
      <comment>cli.customer.open_invoices</comment>
      <translation>未结发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  reversed {date}</source>
      <comment>cli.customer.reversed</comment>
      <translation>  已于 {date} 冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Saved customer {code} {name}.</source>
      <comment>cli.customer.saved</comment>
      <translation>已保存客户 {code} {name}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>unapplied credit</source>
      <comment>cli.customer.unapplied_credit</comment>
      <translation>未核销贷项</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded letter {letter} as delivered on {on} (evidence event {event}){also}.</source>
      <comment>cli.delivery.recorded</comment>
      <translation>已记录函件 {letter} 于 {on} 送达（证据事件 {event}）{also}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>; it restarts limitation for the letter's invoices</source>
      <comment>cli.delivery.restarts</comment>
      <translation>；这将使函件所列发票的诉讼时效重新起算</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Wrote a sample ledger to {path}: {customers} customers, {invoices} invoices, {payments} payments.</source>
      <comment>cli.demo.done</comment>
      <translation>已将示例台账写入 {path}：{customers} 个客户、{invoices} 张发票、{payments} 笔收款。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{done} of {total} invoices</source>
      <comment>cli.demo.progress</comment>
      <translation>第 {done} 张，共 {total} 张发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Installed the arledger launcher ({command}), {icons} and the ledger file type under {folder}.</source>
      <comment>cli.desktop.installed</comment>
      <translation>已安装 arledger 启动器（{command}）、{icons}及台账文件类型，位于 {folder}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Installed the arledger launcher ({command}), {icons} and the ledger file type under {folder}; refreshed with {tools}.</source>
      <comment>cli.desktop.installed_refreshed</comment>
      <translation>已安装 arledger 启动器（{command}）、{icons}及台账文件类型，位于 {folder}；已用 {tools} 刷新。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>install-desktop is for Linux desktops; on Windows and macOS the installer does this.</source>
      <comment>cli.desktop_linux_only</comment>
      <translation>install-desktop 仅适用于 Linux 桌面；在 Windows 和 macOS 上由安装程序完成。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Opened dispute {id} on {invoice}; it is out of escalation and interest until resolved.</source>
      <comment>cli.dispute.opened</comment>
      <translation>已就 {invoice} 提出争议 {id}；在解决之前，该发票不升级催收、不计利息。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Resolved the dispute on {invoice}.</source>
      <comment>cli.dispute.resolved</comment>
      <translation>{invoice} 的争议已解决。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} has no disputes.</source>
      <comment>cli.disputes.none</comment>
      <translation>{customer} 没有争议。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>open</source>
      <comment>cli.disputes.open</comment>
      <translation>未解决</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>whole open amount</source>
      <comment>cli.disputes.whole_amount</comment>
      <translation>全部未结金额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Wrote {path}; nothing was sent or recorded. Send it from your mail program, then record it.</source>
      <comment>cli.email.eml_written</comment>
      <translation>已写入 {path}；未发送也未记录。请用您的邮件程序发送，然后记录。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Emailed letter {letter} to {to}: accepted by the server at {at}, Message-ID {message_id}, message SHA-256 {sha256} (evidence event {event}; kept as {path}).</source>
      <comment>cli.email.sent</comment>
      <translation>已通过电子邮件将函件 {letter} 发送至 {to}：服务器于 {at} 接收，Message-ID {message_id}，邮件 SHA-256 {sha256}（证据事件 {event}；保存为 {path}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>--eml-only goes with --email.</source>
      <comment>cli.eml_needs_email</comment>
      <translation>--eml-only 需与 --email 一起使用。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>; {n} chain head seen outside the file (witness files, printed letters) still matches</source>
      <comment>cli.evidence.anchors</comment>
      <extracomment>; {n} chain heads seen outside the file (witness files, printed letters) still match</extracomment>
      <translation>
        <numerusform>；在文件之外留存的 {n} 个链尾（见证文件、已打印信函）仍然一致</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: the evidence log is broken at event {seq}: {problem}.</source>
      <comment>cli.evidence.broken_at</comment>
      <translation>arledger：证据日志在事件 {seq} 处断裂：{problem}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded correction {seq} of event {event}.</source>
      <comment>cli.evidence.corrected</comment>
      <translation>已记录对事件 {event} 的更正 {seq}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Chain head of {file}: event {seq}, {head}</source>
      <comment>cli.evidence.head</comment>
      <translation>{file} 的链尾：事件 {seq}，{head}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>The evidence log is intact: {events} events; chain head {head} (event {last}). Every record matches the event that recorded it and every archived letter and attachment the SHA-256 in its event{anchors}.</source>
      <comment>cli.evidence.intact</comment>
      <translation>证据日志完好：{events} 个事件；链尾 {head}（事件 {last}）。每条记录都与记录它的事件一致，每封存档信函和每个附件都与其事件中的 SHA-256 一致{anchors}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Keep this line somewhere the ledger's owner cannot change it (email it to yourself or to your accountant); `arledger evidence verify` on a later copy shows whether event {seq} still has this hash.</source>
      <comment>cli.evidence.keep_head</comment>
      <translation>请将这一行保存在台账所有者无法更改的地方（用电子邮件发给自己或您的会计师）；之后对副本运行 `arledger evidence verify` 可以看出事件 {seq} 是否仍为此哈希值。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: note: {note}</source>
      <comment>cli.evidence.note</comment>
      <translation>arledger：注意：{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: {problem}.</source>
      <comment>cli.evidence.problem</comment>
      <translation>arledger：{problem}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>The evidence log cannot be relied on as it stands: {n} problem above (the first {events} events link correctly; head {head}).</source>
      <comment>cli.evidence.unreliable</comment>
      <extracomment>The evidence log cannot be relied on as it stands: {n} problems above (the first {events} events link correctly; head {head}).</extracomment>
      <translation>
        <numerusform>证据日志目前不可信：上面有 {n} 个问题（前 {events} 个事件链接正确；链尾 {head}）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>Wrote {path} (as of {as_of}): {counts} rows.</source>
      <comment>cli.export.done</comment>
      <translation>已写入 {path}（截至 {as_of}）：{counts} 行。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>{done} of about {total} rows</source>
      <comment>cli.export.progress</comment>
      <translation>第 {done} 行，约 {total} 行</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>{title} {count}</source>
      <comment>cli.export.sheet_rows</comment>
      <translation>{title} {count}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>as the customer</source>
      <comment>cli.flag.as_customer</comment>
      <translation>同客户设置</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>no</source>
      <comment>cli.flag.no</comment>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>yes</source>
      <comment>cli.flag.yes</comment>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>Give at least one of {options}.</source>
      <comment>cli.give_one_of</comment>
      <translation>请至少给出以下之一：{options}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The case is now {stage} (evidence event {event}); the ledger sends no more letters for it.</source>
      <comment>cli.handover.stage</comment>
      <translation>案件现处于“{stage}”阶段（证据事件 {event}）；台账不再为其发送函件。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>  {currency}: principal {principal}, interest {interest}, compensation {compensation}, total {total}</source>
      <comment>cli.handover.totals</comment>
      <translation>  {currency}：本金 {principal}，利息 {interest}，补偿金 {compensation}，合计 {total}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/cases.py" />
      <source>Wrote {pdf} ({n} page; SHA-256 {sha256}) and {bundle}.</source>
      <comment>cli.handover.written</comment>
      <extracomment>Wrote {pdf} ({n} pages; SHA-256 {sha256}) and {bundle}.</extracomment>
      <translation>
        <numerusform>已写入 {pdf}（{n} 页；SHA-256 {sha256}）和 {bundle}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>keep a document (contract, invoice copy, delivery note) as evidence</source>
      <comment>cli.help.attach</comment>
      <translation>将文件（合同、发票副本、送货单）作为证据保存</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>contract, invoice, delivery-note, scan ...</source>
      <comment>cli.help.attach.kind</comment>
      <translation>contract、invoice、delivery-note、scan 等</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>write one archive: the ledger, its letters and attachments, SHA-256 sums</source>
      <comment>cli.help.backup</comment>
      <translation>写入一个归档：台账、其函件和附件、SHA-256 校验和</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>the archive (default: &lt;ledger&gt;-backups/&lt;ledger&gt;-&lt;UTC time&gt;.zip beside the ledger)</source>
      <comment>cli.help.backup.output</comment>
      <translation>归档文件（默认：台账旁的 &lt;ledger&gt;-backups/&lt;ledger&gt;-&lt;UTC 时间&gt;.zip）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>collection cases: owner, stage and history</source>
      <comment>cli.help.case</comment>
      <translation>催收案件：负责人、阶段和历史</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>give a customer's case an owner (a user name)</source>
      <comment>cli.help.case.owner</comment>
      <translation>为客户的案件指定负责人（用户名）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>owner, stage and history, risk tier with reasons, warnings, promise-kept rate</source>
      <comment>cli.help.case.show</comment>
      <translation>负责人、阶段和历史，风险等级及原因、预警、承诺兑现率</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>move a case to a stage (an evidence event)</source>
      <comment>cli.help.case.stage</comment>
      <translation>将案件移至某一阶段（一个证据事件）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>full integrity check, evidence chain and archived files</source>
      <comment>cli.help.check</comment>
      <translation>完整性全面检查、证据链和归档文件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>contacts with debtors</source>
      <comment>cli.help.contact</comment>
      <translation>与债务人的联系</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>log a call, email, letter, visit, SMS or chat</source>
      <comment>cli.help.contact.log</comment>
      <translation>记录一次电话、邮件、函件、拜访、短信或聊天</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>ISO timestamp (default: now)</source>
      <comment>cli.help.contact.log.at</comment>
      <translation>ISO 时间戳（默认：现在）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>invoice numbers, comma-separated</source>
      <comment>cli.help.contact.log.invoices</comment>
      <translation>发票号，以逗号分隔</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record despite a contact guard, with a reason</source>
      <comment>cli.help.contact.log.override</comment>
      <translation>不顾联系限制仍予记录，并说明理由</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a customer's unapplied credit</source>
      <comment>cli.help.credit</comment>
      <translation>客户未核销的贷项余额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>apply unapplied credit to open invoices, oldest first or the ones named</source>
      <comment>cli.help.credit.apply</comment>
      <translation>将未核销贷项冲抵未结发票，从最早的开始或按指定发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>comma-separated, in the order to settle them</source>
      <comment>cli.help.credit.apply.invoices</comment>
      <translation>以逗号分隔，按冲抵顺序排列</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record or reverse a credit note</source>
      <comment>cli.help.credit_note</comment>
      <translation>记录或冲销贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a credit note to an invoice, oldest first, split, or on account</source>
      <comment>cli.help.credit_note.add</comment>
      <translation>一张贷项通知单：冲抵发票（从最早的开始）、拆分或计入账户</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>keep it as credit on the account</source>
      <comment>cli.help.credit_note.add.on_account</comment>
      <translation>作为贷项余额留在账户上</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>reverse a credit note</source>
      <comment>cli.help.credit_note.reverse</comment>
      <translation>冲销贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add, edit or show a customer</source>
      <comment>cli.help.customer</comment>
      <translation>新增、编辑或查看客户</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add a customer (every field of the ledger, contact people, tags, flags)</source>
      <comment>cli.help.customer.add</comment>
      <translation>新增客户（台账的所有字段、联系人、标签、标记）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>in the customer's currency; 'none' for no limit</source>
      <comment>cli.help.customer.credit_limit</comment>
      <translation>以客户的币种计；'none' 表示不设限额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>de: yes if the invoices tell a consumer of default 30 days after due (BGB 286(3))</source>
      <comment>cli.help.customer.default_notice</comment>
      <translation>de：若发票告知消费者到期 30 天后即构成违约，则为 yes（BGB 第 286 条第 3 款）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>change a customer's fields (only those given)</source>
      <comment>cli.help.customer.edit</comment>
      <translation>修改客户的字段（仅限给出的字段）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the customer's current code</source>
      <comment>cli.help.customer.edit.customer</comment>
      <translation>客户当前的代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>yes or no (no new invoices without a reason)</source>
      <comment>cli.help.customer.on_hold</comment>
      <translation>yes 或 no（无理由不得开新发票）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>de: yes if payment dates are agreed by contract, so default starts the day after the due date (BGB 286(2) no. 1)</source>
      <comment>cli.help.customer.payment_date_agreed</comment>
      <translation>de：若付款日期由合同约定，则为 yes，违约自到期日次日开始（BGB 第 286 条第 2 款第 1 项）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>a customer's contractual late-payment rate and fixed fee per invoice</source>
      <comment>cli.help.customer.set_contract</comment>
      <translation>客户的合同逾期利率和每张发票的固定费用</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>cn: LPR x this factor when no contract rate ('none' clears)</source>
      <comment>cli.help.customer.set_contract.lpr_factor</comment>
      <translation>cn：无合同利率时按 LPR 乘以此系数（'none' 清除）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a customer's details, open balance, credit and entries</source>
      <comment>cli.help.customer.show</comment>
      <translation>客户的详细信息、未结余额、贷项和各笔记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>comma-separated tags (replaces the list)</source>
      <comment>cli.help.customer.tags</comment>
      <translation>标签，以逗号分隔（替换原列表）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>yes or no</source>
      <comment>cli.help.customer.yes_or_no</comment>
      <translation>yes 或 no</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a new code for the customer</source>
      <comment>cli.help.customer_options.code</comment>
      <translation>客户的新代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>a contact person (repeat for more; replaces the list when editing)</source>
      <comment>cli.help.customer_options.contact</comment>
      <translation>一位联系人（可重复给出多位；编辑时替换原列表）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>de: the invoice told a consumer of default 30 days after due (BGB 286(3)) ('none': as the customer)</source>
      <comment>cli.help.default_options.default_notice</comment>
      <translation>de：发票已告知消费者到期 30 天后即构成违约（BGB 第 286 条第 3 款）（'none'：按客户设置）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>de: the payment date was agreed by contract, so default starts the day after it (BGB 286(2) no. 1) ('none': as the customer)</source>
      <comment>cli.help.default_options.payment_date_agreed</comment>
      <translation>de：付款日期由合同约定，违约自其次日开始（BGB 第 286 条第 2 款第 1 项）（'none'：按客户设置）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>write a sample ledger to --ledger</source>
      <comment>cli.help.demo</comment>
      <translation>将示例台账写入 --ledger</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the date the sample history ends on</source>
      <comment>cli.help.demo.today</comment>
      <translation>示例历史的结束日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputed invoices</source>
      <comment>cli.help.dispute</comment>
      <translation>有争议的发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputes and how they stand</source>
      <comment>cli.help.dispute.list</comment>
      <translation>争议及其状态</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>take an invoice out of escalation while disputed</source>
      <comment>cli.help.dispute.open</comment>
      <translation>在争议期间将发票移出升级流程</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>disputed part (default: all that is open)</source>
      <comment>cli.help.dispute.open.amount</comment>
      <translation>有争议的部分（默认：全部未结金额）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>close an invoice's dispute</source>
      <comment>cli.help.dispute.resolve</comment>
      <translation>结束发票的争议</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>who was right: upheld (the debtor; the part never bears interest) or rejected (the creditor; it bears interest from the due date)</source>
      <comment>cli.help.dispute.resolve.outcome</comment>
      <translation>谁有理：upheld（债务人；该部分永不计息）或 rejected（债权人；自到期日起计息）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the mail server letters are sent through</source>
      <comment>cli.help.email</comment>
      <translation>发送函件所用的邮件服务器</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>keep the mail server's password in the system keyring (read from stdin when it is not a terminal)</source>
      <comment>cli.help.email.password</comment>
      <translation>将邮件服务器密码保存在系统密钥环中（非终端时从标准输入读取）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email the letter as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.email_options.email</comment>
      <translation>以 PDF 附件通过电子邮件发送；仅在邮件服务器接收后才记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>with --email: record the letter and write its message as an .eml file in DIR for your own mail program instead of sending it</source>
      <comment>cli.help.email_options.eml_only</comment>
      <translation>与 --email 一起使用：记录函件，并将邮件写成 DIR 中的 .eml 文件供您自己的邮件程序使用，而不发送</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the tamper-evident evidence log</source>
      <comment>cli.help.evidence</comment>
      <translation>防篡改的证据日志</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>print the chain head to keep outside the ledger (and add it to the witness files)</source>
      <comment>cli.help.evidence.anchor</comment>
      <translation>输出链头以便在台账之外保存（并将其加入见证文件）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record a correction of an earlier event (the log itself is never edited)</source>
      <comment>cli.help.evidence.correct</comment>
      <translation>记录对先前事件的更正（日志本身永不修改）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>what was wrong and what is right</source>
      <comment>cli.help.evidence.correct.note</comment>
      <translation>错在何处、正确的是什么</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the event being corrected</source>
      <comment>cli.help.evidence.correct.seq</comment>
      <translation>被更正的事件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>events, newest first</source>
      <comment>cli.help.evidence.list</comment>
      <translation>事件，最新的在前</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>check the chain, the records, the kept files and every head seen outside the file</source>
      <comment>cli.help.evidence.verify</comment>
      <translation>检查证据链、记录、保存的文件以及在文件之外见到的每个链头</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>export the ledger to a file for accountants</source>
      <comment>cli.help.export</comment>
      <translation>将台账导出为供会计使用的文件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>Excel workbook: aging summary, open items, invoices, payments, customers</source>
      <comment>cli.help.export.xlsx</comment>
      <translation>Excel 工作簿：账龄汇总、未结项目、发票、付款、客户</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>aging date (default: today)</source>
      <comment>cli.help.export.xlsx.as_of</comment>
      <translation>账龄计算日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>age by due date or invoice date</source>
      <comment>cli.help.export.xlsx.basis</comment>
      <translation>按到期日或开票日计算账龄</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>day boundaries, e.g. 30,90,180 (default: the ledger's)</source>
      <comment>cli.help.export.xlsx.buckets</comment>
      <translation>天数分界，例如 30,90,180（默认：台账的设置）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>the .xlsx file to write (replaced if it exists)</source>
      <comment>cli.help.export.xlsx.file</comment>
      <translation>要写入的 .xlsx 文件（如已存在则替换）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>first day of the period for the Invoices and Payments sheets (default: all history)</source>
      <comment>cli.help.export.xlsx.from</comment>
      <translation>发票和付款工作表的期间首日（默认：全部历史）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>language of the headers and titles: en, zh or de (default: the environment's, as for messages); the import names row stays English</source>
      <comment>cli.help.export.xlsx.language</comment>
      <translation>表头和标题的语言：en、zh 或 de（默认：与消息相同，取环境的语言）；导入名称行保持英文</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/export.py" />
      <source>last day of the period (default: the as-of date)</source>
      <comment>cli.help.export.xlsx.to</comment>
      <translation>期间末日（默认：账龄计算日期）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>open the desktop app</source>
      <comment>cli.help.gui</comment>
      <translation>打开桌面程序</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>the pack for a lawyer, agency or court: one indexed PDF and a CSV/JSON zip</source>
      <comment>cli.help.handover</comment>
      <translation>交给律师、催收机构或法院的材料包：一份带索引的 PDF 和一个 CSV/JSON 压缩包</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>folder for the pack</source>
      <comment>cli.help.handover.out</comment>
      <translation>材料包的文件夹</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>import customers, invoices, payments, credit notes, write-offs or refunds (CSV, XLSX, IIF), or a bank statement</source>
      <comment>cli.help.import</comment>
      <translation>导入客户、发票、付款、贷项通知单、核销或退款（CSV、XLSX、IIF），或银行对账单</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>import a file that was imported before</source>
      <comment>cli.help.import.again</comment>
      <translation>再次导入已导入过的文件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices: import those that take a customer over the credit limit or are for a customer on hold; the reason is logged per invoice</source>
      <comment>cli.help.import.allow_over_limit</comment>
      <translation>发票：也导入使客户超出信用额度或属于被暂停客户的发票；每张发票记录理由</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>bank: record the lines accepted in this edited review file</source>
      <comment>cli.help.import.apply</comment>
      <translation>bank：记录此已编辑的审核文件中接受的行</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>add customers the file names but the ledger does not have (each is listed)</source>
      <comment>cli.help.import.create_customers</comment>
      <translation>新增文件中有而台账中没有的客户（逐一列出）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>date order: DMY, MDY or YMD (or a pattern like DD/MM/YYYY)</source>
      <comment>cli.help.import.date_format</comment>
      <translation>日期顺序：DMY、MDY 或 YMD（或如 DD/MM/YYYY 的格式）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>decimal separator '.' or ',' (or a locale: en_US, de_DE, fr_FR, de_CH)</source>
      <comment>cli.help.import.decimal</comment>
      <translation>小数分隔符 '.' 或 ','（或区域设置：en_US、de_DE、fr_FR、de_CH）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Import a file all or nothing. Without --map/--profile/--preset/--detect the headers must be the field names and dates ISO. 'import bank FILE' reads camt.053/054, OFX/QFX, MT940 or a mapped CSV statement and proposes matches: --review writes them to a CSV to edit, --apply records the accepted lines as payments.</source>
      <comment>cli.help.import.description</comment>
      <translation>整个文件要么全部导入，要么全不导入。未给出 --map/--profile/--preset/--detect 时，表头必须是字段名，日期必须是 ISO 格式。'import bank FILE' 读取 camt.053/054、OFX/QFX、MT940 或已映射的 CSV 对账单并提出匹配建议：--review 将其写入 CSV 以便编辑，--apply 将接受的行记录为付款。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>propose the mapping, date order, number format and encoding from the file and use them (printed first)</source>
      <comment>cli.help.import.detect</comment>
      <translation>从文件推断映射、日期顺序、数字格式和编码并使用（先行输出）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>check the file, change nothing</source>
      <comment>cli.help.import.dry_run</comment>
      <translation>检查文件，不做任何更改</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>text encoding (default: detected)</source>
      <comment>cli.help.import.encoding</comment>
      <translation>文本编码（默认：自动检测）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>map the file's columns to fields</source>
      <comment>cli.help.import.map</comment>
      <translation>将文件的列映射到字段</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the columns of a known tool's export</source>
      <comment>cli.help.import.preset</comment>
      <translation>已知工具导出文件的列</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>use the mapping saved under this name</source>
      <comment>cli.help.import.profile</comment>
      <translation>使用以此名称保存的映射</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>bank: write the proposals here</source>
      <comment>cli.help.import.review</comment>
      <translation>bank：将建议写入此处</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>keep the mapping used under this name</source>
      <comment>cli.help.import.save_profile</comment>
      <translation>以此名称保存所用的映射</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>the worksheet to read from an .xlsx file (default: the first visible one; a hidden sheet is read only when named)</source>
      <comment>cli.help.import.sheet</comment>
      <translation>要从 .xlsx 文件读取的工作表（默认：第一个可见的；隐藏的工作表仅在指明时读取）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>create an empty ledger (refuses to overwrite)</source>
      <comment>cli.help.init</comment>
      <translation>创建空台账（不会覆盖已有文件）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>your business's name, for the letterhead</source>
      <comment>cli.help.init.company</comment>
      <translation>贵公司的名称，用于信头</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>currency of new customers (default EUR)</source>
      <comment>cli.help.init.currency</comment>
      <translation>新客户的币种（默认 EUR）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>rule pack of new customers: uk, eu, de, cn, us, generic</source>
      <comment>cli.help.init.jurisdiction</comment>
      <translation>新客户的规则包：uk、eu、de、cn、us、generic</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>add arledger to the desktop's applications (Linux)</source>
      <comment>cli.help.install_desktop</comment>
      <translation>将 arledger 添加到桌面的应用程序中（Linux）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>default: $XDG_DATA_HOME or ~/.local/share</source>
      <comment>cli.help.install_desktop.data_home</comment>
      <translation>默认：$XDG_DATA_HOME 或 ~/.local/share</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>late-payment interest and compensation</source>
      <comment>cli.help.interest</comment>
      <translation>逾期利息和补偿</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>waive interest and/or compensation on an invoice, whole or part, with a reason</source>
      <comment>cli.help.interest.waive</comment>
      <translation>免除发票的利息和/或补偿，全部或部分，并说明理由</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>amount of compensation to waive, or 'all'</source>
      <comment>cli.help.interest.waive.compensation</comment>
      <translation>免除的补偿金额，或 'all'</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>amount of interest to waive, or 'all'</source>
      <comment>cli.help.interest.waive.interest</comment>
      <translation>免除的利息金额，或 'all'</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>date of the waiver (default today)</source>
      <comment>cli.help.interest.waive.on</comment>
      <translation>免除日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>add, show or void an invoice</source>
      <comment>cli.help.invoice</comment>
      <translation>新增、查看或作废发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record an invoice (refused over the credit limit or on hold unless a reason)</source>
      <comment>cli.help.invoice.add</comment>
      <translation>记录发票（超出信用额度或客户被暂停时，无理由则拒绝）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>raise it despite the credit limit or a hold; the reason is logged</source>
      <comment>cli.help.invoice.add.allow_over_limit</comment>
      <translation>不顾信用额度或暂停仍开具；理由会被记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>issue date</source>
      <comment>cli.help.invoice.add.date</comment>
      <translation>开票日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>due date (default: issue date + the customer's terms)</source>
      <comment>cli.help.invoice.add.due</comment>
      <translation>到期日（默认：开票日期加客户的付款期限）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the day the debtor received it (de: default 30 days after due date and receipt)</source>
      <comment>cli.help.invoice.add.received</comment>
      <translation>债务人收到发票的日期（de：到期并收到后 30 天进入违约）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>an invoice's own contractual rate and fee (win over the customer's)</source>
      <comment>cli.help.invoice.set_contract</comment>
      <translation>发票自身的合同利率和费用（优先于客户的设置）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>the day the debtor received an invoice (de: default 30 days after due date and receipt)</source>
      <comment>cli.help.invoice.set_received</comment>
      <translation>债务人收到发票的日期（de：到期并收到后 30 天进入违约）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>the day it was received, YYYY-MM-DD ('none' clears it)</source>
      <comment>cli.help.invoice.set_received.on</comment>
      <translation>收到日期，YYYY-MM-DD（'none' 清除）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>an invoice and everything that settled it</source>
      <comment>cli.help.invoice.show</comment>
      <translation>一张发票及冲抵它的所有记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>void an invoice nothing settles (e.g. entered twice)</source>
      <comment>cli.help.invoice.void</comment>
      <translation>作废一张尚无冲抵的发票（例如重复录入）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>from when it is void (default: today)</source>
      <comment>cli.help.invoice.void.date</comment>
      <translation>自何日起作废（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>ledger file (default: $ARLEDGER_LEDGER or the user data directory)</source>
      <comment>cli.help.ledger_option.ledger</comment>
      <translation>台账文件（默认：$ARLEDGER_LEDGER 或用户数据目录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>letters: which are due, render one, send a batch</source>
      <comment>cli.help.letters</comment>
      <translation>函件：哪些到期、生成一封、批量发送</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the repayment agreement of an instalment plan, for both sides to sign</source>
      <comment>cli.help.letters.agreement</comment>
      <translation>发送分期计划的还款协议，供双方签署</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.agreement.email</comment>
      <translation>以 PDF 附件通过电子邮件发送；仅在邮件服务器接收后才记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.agreement.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the plan's number (see 'arledger plan list')</source>
      <comment>cli.help.letters.agreement.plan</comment>
      <translation>计划编号（见 'arledger plan list'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.agreement.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send every letter that is due: one PDF each plus one to print</source>
      <comment>cli.help.letters.batch</comment>
      <translation>发送所有到期的函件：每封一个 PDF，另加一个合并打印文件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send even where a reference rate is past the end of its table (the last rate is used)</source>
      <comment>cli.help.letters.batch.accept_stale_rates</comment>
      <translation>即使参考利率已超出其利率表的末尾也发送（使用最后一个利率）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letters' date (default: today)</source>
      <comment>cli.help.letters.batch.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>folder for the PDFs</source>
      <comment>cli.help.letters.batch.out</comment>
      <translation>PDF 文件的文件夹</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send without asking (the summary is still printed)</source>
      <comment>cli.help.letters.batch.yes</comment>
      <translation>不经确认即发送（仍会输出摘要）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the written confirmation of a promise to pay (书面确认)</source>
      <comment>cli.help.letters.confirm_promise</comment>
      <translation>发送付款承诺的书面确认</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.confirm_promise.email</comment>
      <translation>以 PDF 附件通过电子邮件发送；仅在邮件服务器接收后才记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.confirm_promise.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the promise's number (see 'arledger promise list')</source>
      <comment>cli.help.letters.confirm_promise.promise</comment>
      <translation>承诺编号（见 'arledger promise list'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.confirm_promise.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the level 0 courtesy reminder before invoices fall due (escalation_policy courtesy_reminder_days turns it on)</source>
      <comment>cli.help.letters.courtesy</comment>
      <translation>在发票到期前发送第 0 级友情提醒（由 escalation_policy 的 courtesy_reminder_days 开启）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.courtesy.customer</comment>
      <translation>客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.courtesy.email</comment>
      <translation>以 PDF 附件通过电子邮件发送；仅在邮件服务器接收后才记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.courtesy.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.courtesy.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record when a posted letter was delivered</source>
      <comment>cli.help.letters.delivered</comment>
      <translation>记录已寄出函件的送达时间</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>e.g. who signed for it</source>
      <comment>cli.help.letters.delivered.note</comment>
      <translation>例如签收人</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day of delivery (from the tracking record)</source>
      <comment>cli.help.letters.delivered.on</comment>
      <translation>送达日期（依据物流跟踪记录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>which letters are due, and why</source>
      <comment>cli.help.letters.due</comment>
      <translation>哪些函件到期，原因为何</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>email a recorded letter as a PDF attachment (or write the .eml)</source>
      <comment>cli.help.letters.email</comment>
      <translation>将已记录的函件以 PDF 附件通过电子邮件发送（或写出 .eml）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>write the message as an .eml file for your own mail program; nothing is sent or recorded</source>
      <comment>cli.help.letters.email.eml_only</comment>
      <translation>将邮件写成 .eml 文件供您自己的邮件程序使用；不发送也不记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.email.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record that a letter was posted, with its tracking number</source>
      <comment>cli.help.letters.post</comment>
      <translation>记录函件已寄出，附物流单号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day it was posted (default: today)</source>
      <comment>cli.help.letters.post.on</comment>
      <translation>寄出日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the tracking or recorded-delivery number</source>
      <comment>cli.help.letters.post.tracking</comment>
      <translation>物流单号或挂号信编号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>send a recorded letter (or any PDF) to a printer as it is: vector pages through the system's print spooler</source>
      <comment>cli.help.letters.print</comment>
      <translation>将已记录的函件（或任意 PDF）原样发送到打印机：矢量页面经由系统打印队列</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest letter</source>
      <comment>cli.help.letters.print.customer</comment>
      <translation>客户最新的函件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>a PDF, e.g. a batch's combined file</source>
      <comment>cli.help.letters.print.file</comment>
      <translation>一个 PDF，例如批量发送的合并文件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letter's number</source>
      <comment>cli.help.letters.print.letter</comment>
      <translation>函件编号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>printer name (default: the system's default printer)</source>
      <comment>cli.help.letters.print.printer</comment>
      <translation>打印机名称（默认：系统默认打印机）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>render a customer's letter to PDF, archive it and log it</source>
      <comment>cli.help.letters.render</comment>
      <translation>将客户的函件生成为 PDF，归档并记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 and 4 carry it</source>
      <comment>cli.help.letters.render.appendix</comment>
      <translation>附上（或用 --no-appendix 省略）证据日志附录；默认第 3 和第 4 级附带</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.render.customer</comment>
      <translation>客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send this level even if the policy has none due</source>
      <comment>cli.help.letters.render.level</comment>
      <translation>即使按政策没有到期的函件，也发送此级别</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.render.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>also write the PDF here</source>
      <comment>cli.help.letters.render.output</comment>
      <translation>同时将 PDF 写到此处</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>write FILE only; archive and log nothing</source>
      <comment>cli.help.letters.render.preview</comment>
      <translation>只写出 FILE；不归档也不记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send a customer's letter: archive and log it, by email with --email (recorded only once the mail server accepted it)</source>
      <comment>cli.help.letters.send</comment>
      <translation>发送客户的函件：归档并记录，使用 --email 时通过电子邮件发送（仅在邮件服务器接收后才记录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>attach (or with --no-appendix leave out) the evidence-log appendix; by default levels 3 and 4 carry it</source>
      <comment>cli.help.letters.send.appendix</comment>
      <translation>附上（或用 --no-appendix 省略）证据日志附录；默认第 3 和第 4 级附带</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.send.customer</comment>
      <translation>客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send this level even if the policy has none due</source>
      <comment>cli.help.letters.send.level</comment>
      <translation>即使按政策没有到期的函件，也发送此级别</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.send.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.send.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>send the thank-you (and receipt) to a customer who had letters and has paid in full</source>
      <comment>cli.help.letters.thank_you</comment>
      <translation>向曾收到函件并已全额付清的客户发送感谢函（及收据）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.letters.thank_you.customer</comment>
      <translation>客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>email it as a PDF attachment; it is recorded only once the mail server accepted it</source>
      <comment>cli.help.letters.thank_you.email</comment>
      <translation>以 PDF 附件通过电子邮件发送；仅在邮件服务器接收后才记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>the letter's date (default: today)</source>
      <comment>cli.help.letters.thank_you.on</comment>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>address(es), comma-separated (default: the customer's email)</source>
      <comment>cli.help.letters.thank_you.to</comment>
      <translation>地址，以逗号分隔（默认：客户的电子邮箱）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>limitation periods</source>
      <comment>cli.help.limitation</comment>
      <translation>诉讼时效</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>log an acknowledgment, a delivered demand, a suit, or negotiations starting or ending (they suspend the period in de)</source>
      <comment>cli.help.limitation.record</comment>
      <translation>记录承认、已送达的催告、起诉，或协商的开始或结束（在 de 中协商使时效中止）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>open the desktop app on a fresh sample ledger</source>
      <comment>cli.help.main.demo</comment>
      <translation>用新的示例台账打开桌面程序</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>Accounts-receivable ledger and collections.</source>
      <comment>cli.help.main.description</comment>
      <translation>应收账款台账与催收。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>ledger file (default: $ARLEDGER_LEDGER or the user data directory)</source>
      <comment>cli.help.main.ledger</comment>
      <translation>台账文件（默认：$ARLEDGER_LEDGER 或用户数据目录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>show the program's version number and exit</source>
      <comment>cli.help.main.version</comment>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letters between the demands (courtesy reminders, promise confirmations, repayment agreements, thank-you letters): what was sent, and their post and delivery records</source>
      <comment>cli.help.notices</comment>
      <translation>催告之间的函件（友情提醒、承诺确认、还款协议、感谢函）：已发送的内容及其邮寄和送达记录</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record when a posted notice was delivered (a delivered repayment agreement restarts limitation where the rule pack says a delivered demand does)</source>
      <comment>cli.help.notices.delivered</comment>
      <translation>记录已寄出通知的送达时间（规则包规定送达的催告使时效重新起算时，送达的还款协议同样如此）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>e.g. who signed for it</source>
      <comment>cli.help.notices.delivered.note</comment>
      <translation>例如签收人</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day of delivery (from the tracking record)</source>
      <comment>cli.help.notices.delivered.on</comment>
      <translation>送达日期（依据物流跟踪记录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the notices sent, newest first, with how each went (email, post, delivery)</source>
      <comment>cli.help.notices.list</comment>
      <translation>已发送的通知，最新的在前，及各自的去向（电子邮件、邮寄、送达）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>record that a notice was posted, with its tracking number</source>
      <comment>cli.help.notices.post</comment>
      <translation>记录通知已寄出，附物流单号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the day it was posted (default: today)</source>
      <comment>cli.help.notices.post.on</comment>
      <translation>寄出日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the tracking or recorded-delivery number</source>
      <comment>cli.help.notices.post.tracking</comment>
      <translation>物流单号或挂号信编号</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record or reverse a payment</source>
      <comment>cli.help.payment</comment>
      <translation>记录或冲销付款</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>record a payment: oldest first, to one invoice, or split as the payer says</source>
      <comment>cli.help.payment.add</comment>
      <translation>记录付款：从最早的发票开始、冲抵一张发票，或按付款人的指示拆分</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>split it over invoices, e.g. INV-1:100,INV-2:50; 'none' keeps it all as credit</source>
      <comment>cli.help.payment.add.allocate</comment>
      <translation>拆分到各发票，例如 INV-1:100,INV-2:50；'none' 表示全部留作贷项余额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>default: today</source>
      <comment>cli.help.payment.add.date</comment>
      <translation>默认：今天</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>apply it to this invoice</source>
      <comment>cli.help.payment.add.invoice</comment>
      <translation>冲抵此发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>{methods} (kept as that, shown in the reader's language) or your own words</source>
      <comment>cli.help.payment.add.method</comment>
      <translation>{methods}（按原样保存，以读者的语言显示）或您自己的描述</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>reverse a payment (its invoices are open again from the date)</source>
      <comment>cli.help.payment.reverse</comment>
      <translation>冲销付款（其冲抵的发票自该日期起重新未结）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the payment's id (see 'customer show')</source>
      <comment>cli.help.payment.reverse.id</comment>
      <translation>付款的 ID（见 'customer show'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>instalment plans</source>
      <comment>cli.help.plan</comment>
      <translation>分期计划</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record an instalment plan</source>
      <comment>cli.help.plan.add</comment>
      <translation>记录分期计划</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>DATE:AMOUNT pairs, e.g. 2025-07-01:500,2025-08-01:500</source>
      <comment>cli.help.plan.add.schedule</comment>
      <translation>日期:金额 对，例如 2025-07-01:500,2025-08-01:500</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>instalment plans and how they stand</source>
      <comment>cli.help.plan.list</comment>
      <translation>分期计划及其状态</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>promises to pay</source>
      <comment>cli.help.promise</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>record a promise to pay</source>
      <comment>cli.help.promise.add</comment>
      <translation>记录付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the promised payment date</source>
      <comment>cli.help.promise.add.date</comment>
      <translation>承诺的付款日期</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>when the promise was made (default: today)</source>
      <comment>cli.help.promise.add.promised_on</comment>
      <translation>作出承诺的日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>promises and how they stand</source>
      <comment>cli.help.promise.list</comment>
      <translation>付款承诺及其状态</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>today's work queue, most important first</source>
      <comment>cli.help.queue</comment>
      <translation>今天的工作队列，最重要的在前</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>only the cases of this owner</source>
      <comment>cli.help.queue.owner</comment>
      <translation>仅此负责人的案件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>pay back a customer's unapplied credit; 'refund reverse ID' undoes one</source>
      <comment>cli.help.refund</comment>
      <translation>退还客户未核销的贷项余额；'refund reverse ID' 撤销一笔退款</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'reverse' with the refund's id (see 'customer show') and --reason</source>
      <comment>cli.help.refund.action</comment>
      <translation>'reverse'，加上退款的 ID（见 'customer show'）和 --reason</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>required for a refund</source>
      <comment>cli.help.refund.amount</comment>
      <translation>退款时必需</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>whose credit to pay back (required for a refund)</source>
      <comment>cli.help.refund.customer</comment>
      <translation>退还哪个客户的贷项余额（退款时必需）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>with 'reverse': the refund's id</source>
      <comment>cli.help.refund.id</comment>
      <translation>与 'reverse' 一起使用：退款的 ID</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>why (required to reverse a refund)</source>
      <comment>cli.help.refund.reason</comment>
      <translation>原因（冲销退款时必需）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>reports</source>
      <comment>cli.help.report</comment>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>aged receivables as of a date</source>
      <comment>cli.help.report.aging</comment>
      <translation>截至某日的应收账款账龄</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>day boundaries, e.g. 30,90,180</source>
      <comment>cli.help.report.aging.buckets</comment>
      <translation>天数分界，例如 30,90,180</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>only this customer code</source>
      <comment>cli.help.report.aging.customer</comment>
      <translation>仅此客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>late-payment interest and compensation per invoice</source>
      <comment>cli.help.report.interest</comment>
      <translation>每张发票的逾期利息和补偿</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>DSO, CEI, recovery and promise-kept rates per currency</source>
      <comment>cli.help.report.kpi</comment>
      <translation>按币种的 DSO、CEI、回收率和承诺兑现率</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>overdue amount by reason x aging bucket x currency, and its monthly trend</source>
      <comment>cli.help.report.reasons</comment>
      <translation>按原因 × 账龄区间 × 币种的逾期金额及其月度趋势</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>per case owner: accounts, contacts, promises, collected, days to collect</source>
      <comment>cli.help.report.team</comment>
      <translation>按负责人：账户、联系、承诺、已收回金额、收款天数</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>restore an archive into a new ledger after checking every sum</source>
      <comment>cli.help.restore</comment>
      <translation>核对每个校验和后，将归档恢复为新的台账</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>the new ledger file (must not exist)</source>
      <comment>cli.help.restore.ledger</comment>
      <translation>新的台账文件（不得已存在）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>customer risk tiers</source>
      <comment>cli.help.risk</comment>
      <translation>客户风险等级</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>assess every customer and store the tier the queue weighs tasks by</source>
      <comment>cli.help.risk.refresh</comment>
      <translation>评估每位客户并保存风险等级，工作队列据此为任务加权</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>the ledger's settings (policies, letterhead, buckets)</source>
      <comment>cli.help.settings</comment>
      <translation>台账的设置（政策、信头、账龄区间）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>every setting with its value</source>
      <comment>cli.help.settings.list</comment>
      <translation>每项设置及其值</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>set one setting to a JSON value</source>
      <comment>cli.help.settings.set</comment>
      <translation>将一项设置设为某个 JSON 值</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>settlement offers (discount and/or waiver, deadline, approver)</source>
      <comment>cli.help.settlement</comment>
      <translation>和解方案（折让和/或免除、期限、审批人）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>record the approval of an offer and release its letter</source>
      <comment>cli.help.settlement.approve</comment>
      <translation>记录方案的批准并放行其函件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>offers and how they stand (decides those whose deadline has passed or are paid)</source>
      <comment>cli.help.settlement.list</comment>
      <translation>方案及其状态（对已过期限或已付清的方案作出判定）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>record an offer and write its letter (held back until approved when required)</source>
      <comment>cli.help.settlement.offer</comment>
      <translation>记录方案并生成其函件（需要审批时，在批准前暂不发出）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>amount off the principal</source>
      <comment>cli.help.settlement.offer.discount</comment>
      <translation>本金的折让金额</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>invoice numbers, comma-separated (default: all overdue)</source>
      <comment>cli.help.settlement.offer.invoices</comment>
      <translation>发票号，以逗号分隔（默认：全部逾期发票）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>why the concession is approved</source>
      <comment>cli.help.settlement.offer.reason</comment>
      <translation>批准此让步的理由</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>a customer's statement of account to PDF</source>
      <comment>cli.help.statement</comment>
      <translation>将客户的对账单生成为 PDF</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>customer code</source>
      <comment>cli.help.statement.customer</comment>
      <translation>客户代码</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>first day (default: the first entry)</source>
      <comment>cli.help.statement.from</comment>
      <translation>首日（默认：第一笔记录）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>last day (default: today)</source>
      <comment>cli.help.statement.to</comment>
      <translation>末日（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>mark a queue task done</source>
      <comment>cli.help.task</comment>
      <translation>将工作队列中的任务标记为完成</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>fixed fee per invoice, e.g. 50 ('none' clears it)</source>
      <comment>cli.help.terms_options.fee</comment>
      <translation>每张发票的固定费用，例如 50（'none' 清除）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>annual rate in percent, e.g. 12.5 ('none' clears it)</source>
      <comment>cli.help.terms_options.rate</comment>
      <translation>年利率（百分比），例如 12.5（'none' 清除）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest letter</source>
      <comment>cli.help.which_letter.customer</comment>
      <translation>客户最新的函件</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the letter's number (see 'arledger evidence list')</source>
      <comment>cli.help.which_letter.letter</comment>
      <translation>函件编号（见 'arledger evidence list'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the customer's latest notice (of --kind, if given)</source>
      <comment>cli.help.which_notice.customer</comment>
      <translation>客户最新的通知（若给出 --kind，则为该类）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the notice's number (see 'arledger notices list')</source>
      <comment>cli.help.which_notice.notice</comment>
      <translation>通知编号（见 'arledger notices list'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>write off an invoice (whole or part); 'write-off reverse ID' undoes one</source>
      <comment>cli.help.write_off</comment>
      <translation>核销发票（全部或部分）；'write-off reverse ID' 撤销一笔核销</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>part of the open amount (default: all of it)</source>
      <comment>cli.help.write_off.amount</comment>
      <translation>未结金额中的部分（默认：全部）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>with 'reverse': the write-off's id (see 'customer show')</source>
      <comment>cli.help.write_off.id</comment>
      <translation>与 'reverse' 一起使用：核销的 ID（见 'customer show'）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>the invoice to write off, or 'reverse'</source>
      <comment>cli.help.write_off.invoice</comment>
      <translation>要核销的发票，或 'reverse'</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>Created {n} customer:</source>
      <comment>cli.import.created</comment>
      <extracomment>Created {n} customers:</extracomment>
      <translation>
        <numerusform>已创建 {n} 个客户：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Detected for {source}:</source>
      <comment>cli.import.detected</comment>
      <translation>为 {source} 识别到：</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source> (from {count} invoice lines)</source>
      <comment>cli.import.grouped</comment>
      <translation>（来自 {count} 行发票明细）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: imported {count} {kind}{grouped}.</source>
      <comment>cli.import.imported</comment>
      <translation>{source}：已导入 {count} 条{kind}{grouped}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>credit_notes</source>
      <comment>cli.import.kind.credit_notes</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>customers</source>
      <comment>cli.import.kind.customers</comment>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>invoices</source>
      <comment>cli.import.kind.invoices</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>payments</source>
      <comment>cli.import.kind.payments</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>write_offs</source>
      <comment>cli.import.kind.write_offs</comment>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Saved the mapping as profile '{name}'.</source>
      <comment>cli.import.profile_saved</comment>
      <translation>已将映射保存为配置“{name}”。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Skipped {count} rows of other transaction types (payments, credits, journals).</source>
      <comment>cli.import.skipped</comment>
      <translation>已跳过 {count} 行其他类型的交易（收款、贷项、日记账）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>Left as unapplied credit: {amounts}.</source>
      <comment>cli.import.unapplied</comment>
      <translation>留作未分配贷方余额：{amounts}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>Would create {n} customer:</source>
      <comment>cli.import.would_create</comment>
      <extracomment>Would create {n} customers:</extracomment>
      <translation>
        <numerusform>将创建 {n} 个客户：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>{source}: would import {count} {kind}{grouped}.</source>
      <comment>cli.import.would_import</comment>
      <translation>{source}：将导入 {count} 条{kind}{grouped}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Created an empty ledger at {path} (new customers: {currency}, rules {rules}).</source>
      <comment>cli.init.done</comment>
      <translation>已在 {path} 创建空台账（新客户：{currency}，规则 {rules}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Created an empty ledger for {company} at {path} (new customers: {currency}, rules {rules}).</source>
      <comment>cli.init.done_for</comment>
      <translation>已在 {path} 为 {company} 创建空台账（新客户：{currency}，规则 {rules}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>  interest {interest} {currency} (waived {interest_waived}, claimed {interest_claimable}); compensation {compensation} {compensation_currency} (waived {compensation_waived}, claimed {compensation_claimable})</source>
      <comment>cli.interest.figures</comment>
      <translation>  利息 {interest} {currency}（减免 {interest_waived}，主张 {interest_claimable}）；赔偿 {compensation} {compensation_currency}（减免 {compensation_waived}，主张 {compensation_claimable}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>Interest and compensation as of {date}</source>
      <comment>cli.interest.heading</comment>
      <translation>截至 {date} 的利息和赔偿</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>{customer}  {invoice}  due {due}{state}  rule {rule}{barred}</source>
      <comment>cli.interest.invoice</comment>
      <translation>{customer}  {invoice}  到期 {due}{state}  规则 {rule}{barred}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source> open {amount} {currency}</source>
      <comment>cli.interest.open</comment>
      <translation> 未付 {amount} {currency}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source> (paid; interest and compensation remain)</source>
      <comment>cli.interest.paid</comment>
      <translation>（已付清；利息和赔偿仍应支付）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>{mark} rate assumed unchanged past the end of the '{table}' table (last entry {last}); add the newer rates to that table.</source>
      <comment>cli.interest.stale_table</comment>
      <translation>{mark} 超出“{table}”利率表末项（最后一项 {last}）的利率按不变假定；请在该表中补充新利率。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>  TIME-BARRED since {date}: listed, not claimed</source>
      <comment>cli.interest.time_barred</comment>
      <translation>  自 {date} 起已过诉讼时效：仅列出，不作主张</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>TOTAL {currency}: interest {interest}, compensation {compensation} (claimable; time-barred invoices left out)</source>
      <comment>cli.interest.total</comment>
      <translation>合计 {currency}：利息 {interest}，赔偿 {compensation}（可主张；不含已过时效的发票）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>arledger: interrupted; nothing half-written was kept.</source>
      <comment>cli.interrupted</comment>
      <translation>arledger：已中断；未保留任何写了一半的内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Added invoice {number}: {amount}, due {due}.</source>
      <comment>cli.invoice.added</comment>
      <translation>已添加发票 {number}：{amount}，{due} 到期。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  dispute {opened} ({reason}), {state}</source>
      <comment>cli.invoice.dispute</comment>
      <translation>  争议 {opened}（{reason}），{state}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>open</source>
      <comment>cli.invoice.dispute_open</comment>
      <translation>未解决</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>resolved {date}</source>
      <comment>cli.invoice.dispute_resolved</comment>
      <translation>已于 {date} 解决</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Invoice {number} for {customer} {name}</source>
      <comment>cli.invoice.heading</comment>
      <translation>发票 {number}，客户 {customer} {name}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  issued {issued}, due {due}, {amount}{reference}</source>
      <comment>cli.invoice.issued</comment>
      <translation>  开票 {issued}，到期 {due}，{amount}{reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  open {amount}{voided}</source>
      <comment>cli.invoice.open</comment>
      <translation>  未结 {amount}{voided}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: its receipt is not recorded; the due date stands for it.</source>
      <comment>cli.invoice.receipt_cleared</comment>
      <translation>{number}：未记录收到日期；以到期日代替。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>{number}: received on {received_on}.</source>
      <comment>cli.invoice.received</comment>
      <translation>{number}：收到日期 {received_on}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>, reference {reference}</source>
      <comment>cli.invoice.reference</comment>
      <translation>，参考号 {reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Voided invoice {label} ({amount}); evidence event {event}.</source>
      <comment>cli.invoice.voided</comment>
      <translation>已作废发票 {label}（{amount}）；证据事件 {event}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>, voided {date}</source>
      <comment>cli.invoice.voided_on</comment>
      <translation>，已于 {date} 作废</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>  {currency}: DSO {dso}  best DSO {best}  ADD {add}  CEI {cei}  recovery {recovery}  collection days {days}  bad debt {bad_debt}  promises kept {kept}</source>
      <comment>cli.kpi.currency</comment>
      <translation>  {currency}：DSO {dso}  最佳 DSO {best}  ADD {add}  CEI {cei}  回收率 {recovery}  收款天数 {days}  坏账率 {bad_debt}  承诺兑现率 {kept}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>KPIs {start} to {end}</source>
      <comment>cli.kpi.heading</comment>
      <translation>关键指标 {start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>– (no promise fell due in the period)</source>
      <comment>cli.kpi.no_promises_due</comment>
      <translation>–（本期尚无到期的付款承诺）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/reports.py" />
      <source>  risk tiers: A {a}, B {b}, C {c}; {n} early warning</source>
      <comment>cli.kpi.risk</comment>
      <extracomment>  risk tiers: A {a}, B {b}, C {c}; {n} early warnings</extracomment>
      <translation>
        <numerusform>  风险等级：A {a}，B {b}，C {c}；{n} 条预警</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>No letter was sent; {n} letter failed.</source>
      <comment>cli.letters.all_failed</comment>
      <extracomment>No letter was sent; {n} letters failed.</extracomment>
      <translation>
        <numerusform>未发出任何函件；{n} 封函件失败。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Also written to {path}.</source>
      <comment>cli.letters.also_written</comment>
      <translation>{sent} 另已写入 {path}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Send {n} letter now? [y/N] </source>
      <comment>cli.letters.ask</comment>
      <extracomment>Send {n} letters now? [y/N] </extracomment>
      <translation>
        <numerusform>现在发送 {n} 封函件吗？[y/N] </numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent {n} letter{resumed}{emailed}; one PDF each in {folder}{printed}.</source>
      <comment>cli.letters.batch_sent</comment>
      <extracomment>Sent {n} letters{resumed}{emailed}; one PDF each in {folder}{printed}.</extracomment>
      <translation>
        <numerusform>已发出 {n} 封函件{resumed}{emailed}；每封的 PDF 位于 {folder}{printed}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>, {count} of them by email</source>
      <comment>cli.letters.by_email</comment>
      <translation>，其中 {count} 封通过电子邮件</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} letter</source>
      <comment>cli.letters.count</comment>
      <extracomment>{n} letters</extracomment>
      <translation>
        <numerusform>{n} 封函件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{amounts} falls due soon; send 'arledger letters courtesy --customer {customer}'</source>
      <comment>cli.letters.courtesy_due</comment>
      <translation>{amounts} 即将到期；请用 'arledger letters courtesy --customer {customer}' 发送提醒</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source> ({n} customer paused)</source>
      <comment>cli.letters.customers_paused</comment>
      <extracomment> ({n} customers paused)</extracomment>
      <translation>
        <numerusform>（{n} 个客户已暂停）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>  level {level} {name} {channel} {currency} {count}  claiming {amount}</source>
      <comment>cli.letters.due_line</comment>
      <translation>  {level} 级 {name} {channel} {currency} {count}  主张 {amount}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Letters due on {on}: {n} letter{paused}.</source>
      <comment>cli.letters.due_summary</comment>
      <extracomment>Letters due on {on}: {n} letters{paused}.</extracomment>
      <translation>
        <numerusform>{on} 到期的函件：{n} 封{paused}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Emailed to {to}: accepted by the server, Message-ID {message_id} (evidence event {event}).</source>
      <comment>cli.letters.emailed</comment>
      <translation>{sent} 已通过电子邮件发送至 {to}：服务器已接收，Message-ID {message_id}（证据事件 {event}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{sent} Wrote {path} for your mail program; record the email once it is sent.</source>
      <comment>cli.letters.eml_written</comment>
      <translation>{sent} 已为您的邮件程序写入 {path}；邮件发出后请记录。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote {n} .eml file to {folder} for your mail program.</source>
      <comment>cli.letters.emls_written</comment>
      <extracomment>Wrote {n} .eml files to {folder} for your mail program.</extracomment>
      <translation>
        <numerusform>已将 {n} 个 .eml 文件写入 {folder}，供您的邮件程序使用。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} letter failed and was not recorded; see above.</source>
      <comment>cli.letters.failed</comment>
      <extracomment>{n} letters failed and were not recorded; see above.</extracomment>
      <translation>
        <numerusform>{n} 封函件失败，未作记录；见上文。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>{n} invoice</source>
      <comment>cli.letters.invoices</comment>
      <extracomment>{n} invoices</extracomment>
      <translation>
        <numerusform>{n} 张发票</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>level {level} ({name})</source>
      <comment>cli.letters.level</comment>
      <translation>{level} 级（{name}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>level {level} letter ({name}) to {customer}</source>
      <comment>cli.letters.level_letter</comment>
      <translation>致 {customer} 的 {level} 级函件（{name}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Add --yes to send these letters (they will be archived and logged as sent).</source>
      <comment>cli.letters.needs_yes</comment>
      <translation>请加上 --yes 以发送这些函件（函件将归档并记录为已发送）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due.</source>
      <comment>cli.letters.none_due</comment>
      <translation>没有到期的函件。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due on {on}.</source>
      <comment>cli.letters.none_due_on</comment>
      <translation>{on} 没有到期的函件。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>No letters are due on {on} ({n} customer paused).</source>
      <comment>cli.letters.none_due_paused</comment>
      <extracomment>No letters are due on {on} ({n} customers paused).</extracomment>
      <translation>
        <numerusform>{on} 没有到期的函件（{n} 个客户已暂停）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Not sent to {customer}: {problem}</source>
      <comment>cli.letters.not_sent_to</comment>
      <translation>未发送给 {customer}：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Nothing was sent.</source>
      <comment>cli.letters.nothing_sent</comment>
      <translation>未发送任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>paused</source>
      <comment>cli.letters.paused</comment>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote a preview of the {what} to {path}; nothing was archived or logged.</source>
      <comment>cli.letters.preview_written</comment>
      <translation>已将{what}的预览写入 {path}；未归档，也未记录。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{done} of {total} letters</source>
      <comment>cli.letters.progress</comment>
      <translation>第 {done} 封，共 {total} 封</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>, {count} of them from the interrupted run before</source>
      <comment>cli.letters.resumed</comment>
      <translation>，其中 {count} 封来自上次中断的批次</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent the {what}: {invoices}, {claimed} claimed, reply by {reply_by}. Archived at {path} (SHA-256 {sha256}).</source>
      <comment>cli.letters.sent</comment>
      <translation>已发送{what}：{invoices}，主张 {claimed}，答复期限 {reply_by}。已归档于 {path}（SHA-256 {sha256}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>{warnings} No letter was sent: update the rate tables, or run again with --accept-stale-rates to use the last known rates.</source>
      <comment>cli.letters.stale_rates</comment>
      <translation>{warnings} 未发出任何函件：请更新利率表，或加上 --accept-stale-rates 重新运行以使用最后已知的利率。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>paid in full after our letters; send 'arledger letters thank-you --customer {customer}'</source>
      <comment>cli.letters.thank_you_due</comment>
      <translation>在我们去函后已全额付清；请用 'arledger letters thank-you --customer {customer}' 发送感谢函</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source> and the {count} to print in {path}</source>
      <comment>cli.letters.to_print</comment>
      <translation>，以及需打印的 {count} 封（位于 {path}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded {kind} of {on} as evidence event {seq}.</source>
      <comment>cli.limitation.recorded</comment>
      <translation>已记录 {on} 的{kind}（证据事件 {seq}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>无法从此处打开桌面程序；请单独运行 'arledger'。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>There is no file {path}.</source>
      <comment>cli.no_file</comment>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>There is no ledger at {path}.</source>
      <comment>cli.no_ledger</comment>
      <translation>{path} 处没有台账。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>No password was given; nothing was stored.</source>
      <comment>cli.no_password</comment>
      <translation>未提供密码；未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>repayment agreement of plan {plan}</source>
      <comment>cli.notice.agreement</comment>
      <translation>分期计划 {plan} 的还款协议</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>confirmation of promise {promise}</source>
      <comment>cli.notice.confirmation</comment>
      <translation>付款承诺 {promise} 的确认函</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>courtesy reminder</source>
      <comment>cli.notice.courtesy</comment>
      <translation>到期提醒</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>Sent the {what} to {customer} ({reference}): archived at {path} (SHA-256 {sha256}, evidence event {event}).</source>
      <comment>cli.notice.sent</comment>
      <translation>已向 {customer} 发送{what}（{reference}）：已归档于 {path}（SHA-256 {sha256}，证据事件 {event}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>thank-you</source>
      <comment>cli.notice.thank_you</comment>
      <translation>感谢函</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded notice {notice} as delivered on {on} (evidence event {event}){also}.</source>
      <comment>cli.notice_delivery.recorded</comment>
      <translation>已记录通知函 {notice} 于 {on} 送达（证据事件 {event}）{also}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>; it restarts limitation for the invoices it names</source>
      <comment>cli.notice_delivery.restarts</comment>
      <translation>；这将使其所列发票的诉讼时效重新起算</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded notice {notice} as posted ({method}{tracking}) in evidence event {event}.</source>
      <comment>cli.notice_post.recorded</comment>
      <translation>已在证据事件 {event} 中记录通知函 {notice} 已寄出（{method}{tracking}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>archived, not yet sent out</source>
      <comment>cli.notices.archived</comment>
      <translation>已归档，尚未发出</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>delivered {on}</source>
      <comment>cli.notices.delivered</comment>
      <translation>{on} 已送达</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>emailed</source>
      <comment>cli.notices.emailed</comment>
      <translation>已通过电子邮件发送</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>No notice has been sent.</source>
      <comment>cli.notices.none</comment>
      <translation>尚未发出任何通知函。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>posted ({method}{tracking})</source>
      <comment>cli.notices.posted</comment>
      <translation>已寄出（{method}{tracking}）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>The letter is held back: {reason}</source>
      <comment>cli.offer.held_back</comment>
      <translation>函件暂缓发出：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Offer letter archived as {path} (SHA-256 {sha256}).</source>
      <comment>cli.offer.letter_archived</comment>
      <translation>和解函已归档为 {path}（SHA-256 {sha256}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>(letter held back)</source>
      <comment>cli.offer.letter_held_back</comment>
      <translation>（信函暂缓发出）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{id}  {customer} offered {offered_on}  deadline {deadline}  pay {amount} instead of the full claim (gives up {concession})  {outcome}</source>
      <comment>cli.offer.line</comment>
      <translation>{id}  {customer} 提出于 {offered_on}  期限 {deadline}  支付 {amount} 代替全部欠款（让步 {concession}）  {outcome}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>No settlement offers.</source>
      <comment>cli.offer.none</comment>
      <translation>没有和解方案。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Offer {id}: {reason}</source>
      <comment>cli.offer.outcome</comment>
      <translation>和解方案 {id}：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Recorded settlement offer {id}: pay {amount} by {deadline} instead of {claim} (gives up {concession}).</source>
      <comment>cli.offer.recorded</comment>
      <translation>已记录和解方案 {id}：在 {deadline} 前支付 {amount}，以代替 {claim}（让步 {concession}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>--{option}: {problem}</source>
      <comment>cli.option_problem</comment>
      <translation>--{option}：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Mail server password:</source>
      <comment>cli.password_prompt</comment>
      <translation>邮件服务器密码：</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>The password is kept in the system keyring (not in the ledger).</source>
      <comment>cli.password_stored</comment>
      <translation>密码保存在系统密钥环中（不在台账里）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded instalment plan {plan} with {n} instalment.</source>
      <comment>cli.plan.recorded</comment>
      <extracomment>Recorded instalment plan {plan} with {n} instalments.</extracomment>
      <translation>
        <numerusform>已记录分期付款计划 {plan}，共 {n} 期。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>{customer} has no instalment plans.</source>
      <comment>cli.plans.none</comment>
      <translation>{customer} 没有分期计划。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Recorded letter {letter} as posted ({method}{tracking}) in evidence event {event}.</source>
      <comment>cli.post.recorded</comment>
      <translation>已在证据事件 {event} 中记录函件 {letter} 已寄出（{method}{tracking}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/letters.py" />
      <source>A preview is only written to a file; give -o FILE.</source>
      <comment>cli.preview_needs_file</comment>
      <translation>预览只能写入文件；请给出 -o 文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>the default printer</source>
      <comment>cli.print.default_printer</comment>
      <translation>默认打印机</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/dispatch.py" />
      <source>Sent {title} to {printer} (job {job}, {n} copy).</source>
      <comment>cli.print.sent</comment>
      <extracomment>Sent {title} to {printer} (job {job}, {n} copies).</extracomment>
      <translation>
        <numerusform>已将 {title} 发送到{printer}（作业 {job}，{n} 份）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>arledger: {problem}</source>
      <comment>cli.problem</comment>
      <translation>arledger：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/data.py" />
      <source>--save-profile needs a mapping to save (--map, --preset or --detect).</source>
      <comment>cli.profile_needs_mapping</comment>
      <translation>--save-profile 需要一个可保存的映射（--map、--preset 或 --detect）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Recorded promise {id}: {amount} {currency} by {due}.</source>
      <comment>cli.promise.recorded</comment>
      <translation>已记录承诺付款 {id}：{amount} {currency}，于 {due} 前。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Nothing to do today.</source>
      <comment>cli.queue.empty</comment>
      <translation>今天没有待办事项。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Overdue by reason on {date}</source>
      <comment>cli.reasons.heading</comment>
      <translation>截至 {date} 按原因分列的逾期款项</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Nothing is overdue on that date.</source>
      <comment>cli.reasons.nothing</comment>
      <translation>该日期没有逾期款项。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Trend (overdue at each month end)</source>
      <comment>cli.reasons.trend</comment>
      <translation>趋势（各月末逾期）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Refunded {amount} to {customer} (refund {id}).</source>
      <comment>cli.refund.done</comment>
      <translation>已向 {customer} 退款 {amount}（退款 {id}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Give the refund's id: arledger refund reverse ID --reason ...</source>
      <comment>cli.refund_id</comment>
      <translation>请给出退款的编号：arledger refund reverse 编号 --reason ...</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>A refund needs --{option}.</source>
      <comment>cli.refund_needs</comment>
      <translation>退款需要 --{option}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'{text}' is not expected; a refund takes --customer and --amount.</source>
      <comment>cli.refund_unexpected_id</comment>
      <translation>不应出现 '{text}'；退款只需 --customer 和 --amount。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/lifecycle.py" />
      <source>Restored {archive} to {ledger}: {files}, every SHA-256 checked, {events} verified (chain head {head}…).</source>
      <comment>cli.restore.done</comment>
      <translation>已将 {archive} 恢复到 {ledger}：{files}，每个 SHA-256 均已核对，{events}已验证（链头 {head}…）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Reversed {label} ({amount}); evidence event {event}.</source>
      <comment>cli.reversal.done</comment>
      <translation>已冲销 {label}（{amount}）；证据事件 {event}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>  invoice {number}: {amount} open again</source>
      <comment>cli.reversal.reopened</comment>
      <translation>  发票 {number}：{amount} 重新变为未结</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Risk tiers stored: A {a}, B {b}, C {c}.</source>
      <comment>cli.risk.stored</comment>
      <translation>已保存风险等级：A {a}，B {b}，C {c}。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>(default)</source>
      <comment>cli.settings.default</comment>
      <translation>（默认）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>{amount} stays on the account as credit.</source>
      <comment>cli.settlement.credit_left</comment>
      <translation>{amount} 作为贷方余额留在账户上。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>credit note {number}</source>
      <comment>cli.settlement.credit_note</comment>
      <translation>贷项通知单 {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>no invoice</source>
      <comment>cli.settlement.no_invoice</comment>
      <translation>无发票</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>payment</source>
      <comment>cli.settlement.payment</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Recorded {what} (id {id}): applied to {applied}.</source>
      <comment>cli.settlement.recorded</comment>
      <translation>已记录{what}（编号 {id}）：已分配至 {applied}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/letters.py" />
      <source>Wrote the statement of account of {customer} to {path} ({n} movement).</source>
      <comment>cli.statement.written</comment>
      <extracomment>Wrote the statement of account of {customer} to {path} ({n} movements).</extracomment>
      <translation>
        <numerusform>已将 {customer} 的对账单写入 {path}（{n} 笔变动）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/cli/collections.py" />
      <source>Task {task} is done.</source>
      <comment>cli.task_done</comment>
      <translation>任务 {task} 已完成。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>Team {start} to {end}</source>
      <comment>cli.team.heading</comment>
      <translation>团队 {start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/cases.py" />
      <source>(unassigned)</source>
      <comment>cli.team.unassigned</comment>
      <translation>（未分配）</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/reports.py" />
      <source>TOTAL</source>
      <comment>cli.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>'{text}' is not expected after the invoice number.</source>
      <comment>cli.unexpected_id</comment>
      <translation>发票号之后不应出现 '{text}'。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/interest.py" />
      <source>Waived {interest} of interest and {compensation} of compensation on {number} ({on}).</source>
      <comment>cli.waiver.done</comment>
      <translation>已免除 {number} 的利息 {interest} 和补偿金 {compensation}（{on}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>Warning: {warning}</source>
      <comment>cli.warning</comment>
      <translation>警告：{warning}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Wrote off {amount} of invoice {number} (write-off {id}).</source>
      <comment>cli.write_off.done</comment>
      <translation>已核销发票 {number} 的 {amount}（核销 {id}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/entries.py" />
      <source>Give the write-off's id: arledger write-off reverse ID --reason ...</source>
      <comment>cli.write_off_id</comment>
      <translation>请给出核销的编号：arledger write-off reverse 编号 --reason ...</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>An attorney represents {customer}; contact the attorney instead of sending {noun}.</source>
      <comment>compliance.attorney_on_record</comment>
      <translation>{customer} 已委托律师；请联系律师，不要直接{noun}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/compliance.py" />
      <source>{n} call in the last {days} reaches the limit of {limit}; the next call is allowed from {frees} UTC.</source>
      <comment>compliance.call_cap</comment>
      <extracomment>{n} calls in the last {days} reach the limit of {limit}; the next call is allowed from {frees} UTC.</extracomment>
      <translation>
        <numerusform>最近 {days}内已打 {n} 次电话，达到上限 {limit} 次；下次通话允许时间为 {frees} UTC。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>Outside contact hours: {local} in {zone}; {noun} allowed from {start} ({opens} UTC).</source>
      <comment>compliance.contact_hours</comment>
      <translation>不在联系时段内：{zone} 当地时间 {local}；{noun}自 {start} 起允许（{opens} UTC）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>A conversation with this individual on {on} UTC ({outcome}) pauses calls for {days}, until {until} UTC.</source>
      <comment>compliance.conversation_pause</comment>
      <translation>已于 {on} UTC 与该个人通话（{outcome}），此后 {days}内暂停电话联系，直至 {until} UTC。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/compliance.py" />
      <source>{n} day</source>
      <comment>compliance.days</comment>
      <extracomment>{n} days</extracomment>
      <translation>
        <numerusform>{n} 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>{customer} asked not to be contacted; no {noun} until the flag is cleared.</source>
      <comment>compliance.do_not_contact</comment>
      <translation>{customer} 要求不被联系；在取消该标记之前不得{noun}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>The contact time must carry a time zone (use UTC).</source>
      <comment>compliance.naive_time</comment>
      <translation>联系时间必须带时区（请使用 UTC）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>chat messages</source>
      <comment>compliance.noun.chat</comment>
      <translation>发送即时消息</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>emails</source>
      <comment>compliance.noun.email</comment>
      <translation>发送电子邮件</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>letters</source>
      <comment>compliance.noun.letter</comment>
      <translation>寄送信函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>calls</source>
      <comment>compliance.noun.phone</comment>
      <translation>打电话</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>text messages</source>
      <comment>compliance.noun.sms</comment>
      <translation>发送短信</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>visits</source>
      <comment>compliance.noun.visit</comment>
      <translation>上门拜访</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>{customer} has an open dispute; no {noun} until it is resolved (letters may claim the undisputed part).</source>
      <comment>compliance.open_dispute</comment>
      <translation>{customer} 有未解决的争议；在争议解决之前不得{noun}（信函仍可催收无争议部分）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/compliance.py" />
      <source>'{name}' is not a known time zone; use a name like Europe/Berlin.</source>
      <comment>compliance.unknown_zone</comment>
      <translation>'{name}' 不是已知时区；请使用类似 Asia/Shanghai 的名称。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Unapplied credit: {now} now, {after} after the refund.</source>
      <comment>confirm.refund.credit</comment>
      <translation>未分配贷项：当前 {now}，退款后 {after}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Pay back {amount} to {code} {name} on {on}.</source>
      <comment>confirm.refund.line</comment>
      <translation>于 {on} 向 {code} {name} 退还 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>{code} has {amount} open on invoices; the credit could be applied to them instead of refunded.</source>
      <comment>confirm.refund.owed</comment>
      <translation>{code} 的发票尚有 {amount} 未结；该贷项也可以冲抵这些发票，而不是退款。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Refund credit to {code}</source>
      <comment>confirm.refund.title</comment>
      <translation>向 {code} 退还贷项</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry} of {amount} dated {date}.</source>
      <comment>confirm.reverse.line</comment>
      <translation>冲销 {date} 的{entry}，金额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry} of {amount} dated {date}; it is unapplied credit again from {on}.</source>
      <comment>confirm.reverse.refund</comment>
      <translation>冲销 {date} 的{entry}，金额 {amount}；自 {on} 起重新成为未分配贷项。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number}: {amount} open again from {on}.</source>
      <comment>confirm.reverse.reopened</comment>
      <translation>发票 {number}：自 {on} 起重新未结 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Reverse {entry}</source>
      <comment>confirm.reverse.title</comment>
      <translation>冲销{entry}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Void invoice {number} of {amount}, issued {issued}; it is no longer owed from {on}.</source>
      <comment>confirm.void.line</comment>
      <translation>作废发票 {number}（金额 {amount}，开具于 {issued}）；自 {on} 起不再欠付。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Void invoice {number}</source>
      <comment>confirm.void.title</comment>
      <translation>作废发票 {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number} is in dispute since {since} ({reason}).</source>
      <comment>confirm.warning.dispute</comment>
      <translation>发票 {number} 自 {since} 起存在争议（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Invoice {number} is in dispute since {since} ({reason}: {note}).</source>
      <comment>confirm.warning.dispute_noted</comment>
      <translation>发票 {number} 自 {since} 起存在争议（{reason}：{note}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>A promise to pay {amount} by {due} is pending.</source>
      <comment>confirm.warning.promise</comment>
      <translation>有一笔承诺于 {due} 前支付 {amount} 的付款承诺尚未到期。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>Write off {amount} of invoice {number} ({open} open).</source>
      <comment>confirm.write_off.line</comment>
      <translation>核销发票 {number} 的 {amount}（未结 {open}）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/entries.py" />
      <source>Write off {n} invoice</source>
      <comment>confirm.write_off.title</comment>
      <extracomment>Write off {n} invoices</extracomment>
      <translation>
        <numerusform>核销 {n} 张发票</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/contacts.py" />
      <source>{violations} Nothing was logged; give an override reason to record it anyway.</source>
      <comment>contact.guard_refused</comment>
      <translation>{violations}未记录任何内容；如仍要记录，请填写例外理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/contacts.py" />
      <source>A contact needs a summary of what was said or sent.</source>
      <comment>contact.no_summary</comment>
      <translation>联系记录需要写明所说或所发的内容摘要。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Customer {customer} is on hold; no new invoice should be raised for them.</source>
      <comment>credit.on_hold</comment>
      <translation>客户 {customer} 已暂停赊销；不应再为其开具新发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Invoice takes customer {customer} to {total}, over the credit limit of {limit}.</source>
      <comment>credit.over_limit</comment>
      <translation>该发票将使客户 {customer} 的欠款达到 {total}，超过信用额度 {limit}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/credit_control.py" />
      <source>Invoice {number} takes customer {customer} to {total}, over the credit limit of {limit}.</source>
      <comment>credit.over_limit_invoice</comment>
      <translation>发票 {number} 将使客户 {customer} 的欠款达到 {total}，超过信用额度 {limit}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{country}' is not a country; use a two-letter code such as GB, DE or CN.</source>
      <comment>customer.bad_country</comment>
      <translation>“{country}”不是国家；请使用两位字母代码，例如 GB、DE 或 CN。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{part}' is not 'INVOICE:AMOUNT' in '{field}'.</source>
      <comment>customer.bad_invoice_amount</comment>
      <translation>“{part}”在“{field}”中不是“发票:金额”格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{tier}' is not a risk tier; use A, B or C.</source>
      <comment>customer.bad_risk_tier</comment>
      <translation>“{tier}”不是风险等级；请使用 A、B 或 C。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>contact person {k} has no name; write 'name | role | phone | email'.</source>
      <comment>customer.contact_no_name</comment>
      <translation>联系人 {k} 没有姓名；请写为“姓名 | 职务 | 电话 | 电子邮件”。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>contact person {k} has {parts} parts; write 'name | role | phone | email'.</source>
      <comment>customer.contact_parts</comment>
      <translation>联系人 {k} 有 {parts} 个部分；请写为“姓名 | 职务 | 电话 | 电子邮件”。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>company</source>
      <comment>customer.kind.company</comment>
      <translation>企业</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>individual</source>
      <comment>customer.kind.individual</comment>
      <translation>个人</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>sole trader</source>
      <comment>customer.kind.sole_trader</comment>
      <translation>个体工商户</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customers.py" />
      <source>'{text}' is not yes or no for '{field}'.</source>
      <comment>customer.not_yes_no</comment>
      <translation>“{text}”对“{field}”而言既不是 yes 也不是 no。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/bank_import.py" />
      <source>There is no customer with code '{code}'.</source>
      <comment>customer.unknown_code</comment>
      <translation>没有编号为“{code}”的客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>There is no customer with id {cid}.</source>
      <comment>customer.unknown_id</comment>
      <translation>没有 ID 为 {cid} 的客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/demo.py" />
      <source>A demo ledger needs at least one customer and zero or more invoices.</source>
      <comment>demo.bad_size</comment>
      <translation>演示台账至少需要一个客户，发票数量为零或以上。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/desktop.py" />
      <source>The program to launch must be given by its full path.</source>
      <comment>desktop.relative_program</comment>
      <translation>要启动的程序必须以完整路径给出。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is already recorded as delivered on {delivered_on}.</source>
      <comment>dispatch.already_delivered</comment>
      <translation>信函 {letter_id} 已记录为于 {delivered_on} 送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>'{address}' is not an email address.</source>
      <comment>dispatch.bad_email_address</comment>
      <translation>“{address}”不是电子邮件地址。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>'{method}' is not a way of posting; use {post_methods}.</source>
      <comment>dispatch.bad_post_method</comment>
      <translation>“{method}”不是邮寄方式；请使用 {post_methods}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is dated {sent_on}; it cannot have been delivered on {on}.</source>
      <comment>dispatch.delivered_before_letter</comment>
      <translation>信函 {letter_id} 的日期为 {sent_on}；不可能在 {on} 送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>{on} is in the future; record a delivery once it has happened.</source>
      <comment>dispatch.delivery_in_future</comment>
      <translation>{on} 是将来的日期；请在送达之后再记录。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.bcc_self must be true or false.</source>
      <comment>dispatch.email_bcc_self</comment>
      <translation>email.bcc_self 必须为 true 或 false。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.from must be the address letters are sent from, e.g. accounts@example.com.</source>
      <comment>dispatch.email_from</comment>
      <translation>email.from 必须是发送信函所用的地址，例如 accounts@example.com。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.host must be the name of your mail server, e.g. smtp.example.com.</source>
      <comment>dispatch.email_host</comment>
      <translation>email.host 必须是您的邮件服务器名称，例如 smtp.example.com。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email must be a JSON object, e.g. {{"host": "smtp.example.com", "port": 587, "security": "starttls", "user": "me@example.com", "from": "me@example.com"}}.</source>
      <comment>dispatch.email_not_object</comment>
      <translation>email 必须是 JSON 对象，例如 {{"host": "smtp.example.com", "port": 587, "security": "starttls", "user": "me@example.com", "from": "me@example.com"}}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.port must be a whole number from 1 to 65535.</source>
      <comment>dispatch.email_port</comment>
      <translation>email.port 必须是 1 到 65535 之间的整数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.reply_to must be an email address.</source>
      <comment>dispatch.email_reply_to</comment>
      <translation>email.reply_to 必须是电子邮件地址。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.security must be starttls, tls or none.</source>
      <comment>dispatch.email_security</comment>
      <translation>email.security 必须为 starttls、tls 或 none。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.{name} must be text of at most 320 characters.</source>
      <comment>dispatch.email_text_too_long</comment>
      <translation>email.{name} 必须是不超过 320 个字符的文本。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email.timeout must be a number of seconds from 1 to 600.</source>
      <comment>dispatch.email_timeout</comment>
      <translation>email.timeout 必须是 1 到 600 之间的秒数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>email has no field '{unknown}'; it takes host, port, security, user, from, reply_to, bcc_self and timeout.</source>
      <comment>dispatch.email_unknown_field</comment>
      <translation>email 没有“{unknown}”字段；可用字段为 host、port、security、user、from、reply_to、bcc_self 和 timeout。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Cannot create the folder {out_dir}: {reason}.</source>
      <comment>dispatch.folder_failed</comment>
      <translation>无法创建文件夹 {out_dir}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring refused the password ({reason}).</source>
      <comment>dispatch.keyring_refused</comment>
      <translation>系统密钥环拒绝了该密码（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring could not be read ({reason}).</source>
      <comment>dispatch.keyring_unreadable</comment>
      <translation>无法读取系统密钥环（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>{customer_code} has no email address; add one to the customer or give --to.</source>
      <comment>dispatch.no_email_address</comment>
      <translation>{customer_code} 没有电子邮件地址；请为客户添加一个，或使用 --to 指定。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The system keyring is not available, so the mail password cannot be kept.</source>
      <comment>dispatch.no_keyring</comment>
      <translation>系统密钥环不可用，因此无法保存邮件密码。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>There is no letter {letter_id}.</source>
      <comment>dispatch.no_letter</comment>
      <translation>没有信函 {letter_id}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No mail server is set up; set one with arledger settings set email '{{"host": "...", "port": 587, "security": "starttls", "user": "...", "from": "..."}}'.</source>
      <comment>dispatch.no_mail_server</comment>
      <translation>尚未设置邮件服务器；请用 arledger settings set email '{{"host": "...", "port": 587, "security": "starttls", "user": "...", "from": "..."}}' 设置。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No password is kept for {user} at {host}; store one with 'arledger email password'.</source>
      <comment>dispatch.no_password</comment>
      <translation>未保存 {user} 在 {host} 的密码；请用 'arledger email password' 保存。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} has no archived PDF, so it cannot be sent.</source>
      <comment>dispatch.no_pdf</comment>
      <translation>信函 {letter_id} 没有存档的 PDF，因此无法发送。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} has no record of being posted; record the posting first.</source>
      <comment>dispatch.not_posted</comment>
      <translation>信函 {letter_id} 没有邮寄记录；请先记录邮寄。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>No letter has been sent to {customer_code} yet.</source>
      <comment>dispatch.nothing_sent</comment>
      <translation>尚未向 {customer_code} 发送过信函。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The archived PDF of letter {letter_id} does not match its recorded SHA-256; it is not sent.</source>
      <comment>dispatch.pdf_hash_differs</comment>
      <translation>信函 {letter_id} 存档的 PDF 与记录的 SHA-256 不符；不予发送。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The archived PDF of letter {letter_id} is missing ({path}).</source>
      <comment>dispatch.pdf_missing</comment>
      <translation>信函 {letter_id} 存档的 PDF 缺失（{path}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Letter {letter_id} is dated {sent_on}; it cannot have been posted on {day}.</source>
      <comment>dispatch.posted_before_letter</comment>
      <translation>信函 {letter_id} 的日期为 {sent_on}；不可能在 {day} 寄出。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{day} is in the future; record a posting once it has happened.</source>
      <comment>dispatch.posting_in_future</comment>
      <translation>{day} 是将来的日期；请在实际寄出后再记录寄送。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} closed the connection ({reason}).</source>
      <comment>dispatch.smtp_closed</comment>
      <translation>邮件服务器 {host} 关闭了连接（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} did not accept the user name and password.</source>
      <comment>dispatch.smtp_login_refused</comment>
      <translation>邮件服务器 {host} 不接受该用户名和密码。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} does not offer {security} or login; check email.security.</source>
      <comment>dispatch.smtp_no_security</comment>
      <translation>邮件服务器 {host} 不支持 {security} 或登录；请检查 email.security。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host} did not take the message ({reason}).</source>
      <comment>dispatch.smtp_not_taken</comment>
      <translation>邮件服务器 {host} 未接收该邮件（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused the recipient {who}; nothing was sent.</source>
      <comment>dispatch.smtp_recipient_refused</comment>
      <translation>邮件服务器拒绝了收件人 {who}；未发送任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused the sender address {sender}.</source>
      <comment>dispatch.smtp_sender_refused</comment>
      <translation>邮件服务器拒绝了发件人地址 {sender}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server refused {who}; the letter was not sent to them.</source>
      <comment>dispatch.smtp_some_refused</comment>
      <translation>邮件服务器拒绝了 {who}；信函未发送给他们。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host}:{port} did not answer in time.</source>
      <comment>dispatch.smtp_timeout</comment>
      <translation>邮件服务器 {host}:{port} 未及时响应。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A secure connection to {host} failed ({reason}).</source>
      <comment>dispatch.smtp_tls_failed</comment>
      <translation>与 {host} 的安全连接失败（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>The mail server {host}:{port} cannot be reached ({reason}).</source>
      <comment>dispatch.smtp_unreachable</comment>
      <translation>无法连接邮件服务器 {host}:{port}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A {method} letter needs its tracking number (--tracking).</source>
      <comment>dispatch.tracking_needed</comment>
      <translation>{method} 信函需要提供追踪号（--tracking）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>A tracking number has at most 64 characters.</source>
      <comment>dispatch.tracking_too_long</comment>
      <translation>追踪号最多 64 个字符。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>Cannot write {target}: {reason}.</source>
      <comment>dispatch.write_failed</comment>
      <translation>无法写入 {target}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} already has an open dispute; resolve it first.</source>
      <comment>dispute.already_open</comment>
      <translation>发票 {number} 已有一项未解决的争议；请先解决它。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>The disputed amount must be more than zero and at most the open {open_now}.</source>
      <comment>dispute.amount_range</comment>
      <translation>争议金额必须大于零，且不超过未结金额 {open_now}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} is settled; there is nothing open to dispute.</source>
      <comment>dispute.invoice_settled</comment>
      <translation>发票 {number} 已结清；没有可提出争议的未结金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Say how the dispute was resolved.</source>
      <comment>dispute.no_resolution</comment>
      <translation>请说明争议是如何解决的。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>Invoice {number} has no open dispute.</source>
      <comment>dispute.none_open</comment>
      <translation>发票 {number} 没有未解决的争议。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>delivery</source>
      <comment>dispute.reason.delivery</comment>
      <translation>交货</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>other</source>
      <comment>dispute.reason.other</comment>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>already paid</source>
      <comment>dispute.reason.paid</comment>
      <translation>已付款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>price</source>
      <comment>dispute.reason.price</comment>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>quality</source>
      <comment>dispute.reason.quality</comment>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>The dispute was opened on {opened_on}; it cannot be resolved before that.</source>
      <comment>dispute.resolved_before_opened</comment>
      <translation>该争议于 {opened_on} 提出；不能在此之前解决。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/disputes.py" />
      <source>'{outcome}' is not a dispute outcome; use upheld or rejected.</source>
      <comment>dispute.unknown_outcome</comment>
      <translation>“{outcome}”不是争议结果；请使用 upheld 或 rejected。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; the open items are time-barred and are not escalated further.</source>
      <comment>dunning.after_barred</comment>
      <translation>{level} 级函件（{name}）已于 {sent_on} 发出；未结款项已过诉讼时效，不再升级。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; no further letter is due (escalation follows its deadline).</source>
      <comment>dunning.after_final</comment>
      <translation>{level} 级函件（{name}）已于 {sent_on} 发出；不再有后续函件（期限届满后进入升级处理）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>An attorney represents {name}; write to the attorney instead.</source>
      <comment>dunning.attorney</comment>
      <translation>{name} 已委托律师；请改为致函律师。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The overdue total is below the letter minimum ({totals}).</source>
      <comment>dunning.below_minimum</comment>
      <translation>逾期总额低于发函最低金额（{totals}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{total} is below {minimum}</source>
      <comment>dunning.below_minimum_amount</comment>
      <translation>{total} 低于 {minimum}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The last letter was level {last} on {sent_on}, so this one is level {level} at most (levels are not skipped).</source>
      <comment>dunning.capped</comment>
      <translation>上一封函件为 {sent_on} 的 {last} 级，因此本函最高为 {level} 级（级别不能跳过）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{name} asked not to be contacted.</source>
      <comment>dunning.do_not_contact</comment>
      <translation>{name} 要求不要与其联系。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{reason} Every open item is time-barred, so court action is not an option.</source>
      <comment>dunning.escalation_barred</comment>
      <translation>{reason} 所有未结款项均已过诉讼时效，因此不能选择起诉。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/dunning.py" />
      <source>The {final} of {sent_on} gave until {deadline}; {numbers} is still open.</source>
      <comment>dunning.escalation_open</comment>
      <extracomment>The {final} of {sent_on} gave until {deadline}; {numbers} are still open.</extracomment>
      <translation>
        <numerusform>{sent_on} 的{final}给出的期限为 {deadline}；{numbers} 仍未结清。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>No letter has been sent yet, so the first is level {level} (levels are not skipped).</source>
      <comment>dunning.first_capped</comment>
      <translation>尚未发出任何函件，因此第一封为 {level} 级（级别不能跳过）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue; level 1 ({name}) is due at {due_days} days.</source>
      <comment>dunning.first_level_later</comment>
      <translation>{number} 已逾期 {days} 天；1 级函件（{name}）在逾期 {due_days} 天时发出。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The last letter (level {level}, {name}) was sent on {sent_on}; the next may go from {next_on}.</source>
      <comment>dunning.gap</comment>
      <translation>上一封函件（{level} 级，{name}）已于 {sent_on} 发出；下一封最早可于 {next_on} 发出。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source> (time-barred items go no higher)</source>
      <comment>dunning.item_capped</comment>
      <translation>（已过诉讼时效的款项不再升级）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} was paid after its due date and {owed} of interest and compensation is still owed, {days} days after the due date</source>
      <comment>dunning.item_claim_only</comment>
      <translation>{number} 已于到期日后付清，但仍欠 {owed} 的利息及补偿金（自到期日起 {days} 天）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{head}; level {level} ({name}) due at {due_days} days{capped}{more}.</source>
      <comment>dunning.item_level</comment>
      <translation>{head}；{level} 级函件（{name}）在逾期 {due_days} 天时发出{capped}{more}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{head}; level 1 ({name}) is due at {due_days} days{more}.</source>
      <comment>dunning.item_not_yet</comment>
      <translation>{head}；1 级函件（{name}）在逾期 {due_days} 天时发出{more}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>{number} is {days} days overdue</source>
      <comment>dunning.item_overdue</comment>
      <translation>{number} 已逾期 {days} 天</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Final demand</source>
      <comment>dunning.level.final_demand</comment>
      <translation>最后催款函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Formal demand</source>
      <comment>dunning.level.formal_demand</comment>
      <translation>正式催款函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Friendly reminder</source>
      <comment>dunning.level.friendly_reminder</comment>
      <translation>付款提醒函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Second reminder</source>
      <comment>dunning.level.second_reminder</comment>
      <translation>第二次催款通知</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Letter levels must be numbered 1, 2, 3 ... without gaps.</source>
      <comment>dunning.level_gaps</comment>
      <translation>函件级别必须按 1、2、3 …… 连续编号。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Each letter level must be reached later than the one before it.</source>
      <comment>dunning.level_order</comment>
      <translation>每个函件级别的触发时间都必须晚于前一级。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>final demand</source>
      <comment>dunning.level_phrase.final_demand</comment>
      <translation>最后催款函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>formal demand</source>
      <comment>dunning.level_phrase.formal_demand</comment>
      <translation>正式催款函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>friendly reminder</source>
      <comment>dunning.level_phrase.friendly_reminder</comment>
      <translation>付款提醒函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>second reminder</source>
      <comment>dunning.level_phrase.second_reminder</comment>
      <translation>第二次催款通知</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/dunning.py" />
      <source> (+{n} more invoice)</source>
      <comment>dunning.more_items</comment>
      <extracomment> (+{n} more invoices)</extracomment>
      <translation>
        <numerusform>（另有 {n} 张发票）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The letter gap, minimum amount and escalation grace cannot be negative.</source>
      <comment>dunning.negative_setting</comment>
      <translation>函件间隔、最低金额和升级宽限期不能为负。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Overdue since the last letter: {numbers}.</source>
      <comment>dunning.new_items</comment>
      <translation>上一封函件之后新逾期：{numbers}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was sent on {sent_on}; level {next_level} ({next_name}) is due when {number} reaches {due_days} days on {next_on}.</source>
      <comment>dunning.next_level_on</comment>
      <translation>{level} 级函件（{name}）已于 {sent_on} 发出；当 {number} 于 {next_on} 逾期满 {due_days} 天时，{next_level} 级函件（{next_name}）到期。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>The letter policy has no level {level}.</source>
      <comment>dunning.no_level</comment>
      <translation>函件策略中没有第 {level} 级。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Level {level} ({name}) was already sent on {sent_on}; letters do not step down.</source>
      <comment>dunning.no_step_down</comment>
      <translation>{level} 级函件（{name}）已于 {sent_on} 发出；函件级别不会降低。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>No letter is due for {customer} on {on}: {reason} You can choose a level to send one anyway.</source>
      <comment>dunning.not_due_for</comment>
      <translation>{customer} 在 {on} 没有到期的函件：{reason} 如仍要发送，可以选择一个级别。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>No undisputed amount is overdue.</source>
      <comment>dunning.nothing_overdue</comment>
      <translation>没有无争议的逾期金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>collection agency</source>
      <comment>dunning.option.agency</comment>
      <translation>催收机构</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>court claim</source>
      <comment>dunning.option.court</comment>
      <translation>起诉</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>lawyer</source>
      <comment>dunning.option.lawyer</comment>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>write-off review</source>
      <comment>dunning.option.write_off</comment>
      <translation>核销评估</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/cases.py" />
      <source>The case is {stage} since {since}; the ledger sends no letters of its own.</source>
      <comment>dunning.pause.case</comment>
      <translation>案件自 {since} 起处于“{stage}”阶段；台账不再自行发函。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>{number} is disputed.</source>
      <comment>dunning.pause.disputed</comment>
      <translation>{number} 存在争议。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>{name} is on hold.</source>
      <comment>dunning.pause.on_hold</comment>
      <translation>{name} 处于暂停状态。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>Promise to pay {amount} by {due}.</source>
      <comment>dunning.pause.promise</comment>
      <translation>承诺在 {due} 前支付 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>Letters to {customer} are paused{until}: {reasons}</source>
      <comment>dunning.paused_for</comment>
      <translation>致 {customer} 的函件已暂停{until}：{reasons}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/escalation.py" />
      <source>{reasons} (until {until})</source>
      <comment>dunning.paused_until</comment>
      <translation>{reasons}（至 {until}）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/dunning.py" />
      <source>Time-barred: {numbers}; the letter must not mention court action.</source>
      <comment>dunning.time_barred</comment>
      <translation>已过诉讼时效：{numbers}；函件中不得提及起诉。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source> until {until}</source>
      <comment>dunning.until</comment>
      <translation>，直至 {until}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>{kind} {number}</source>
      <comment>entry.label</comment>
      <translation>{kind} {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>{kind} {number} on {invoice}</source>
      <comment>entry.label_on</comment>
      <translation>{kind} {number}（发票 {invoice}）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>reversal of {entry}</source>
      <comment>entry.reversal_of</comment>
      <translation>冲销{entry}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>void of invoice {number}</source>
      <comment>entry.void_of</comment>
      <translation>作废发票 {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Attachment {file} at {path} does not match its logged SHA-256 (event {seq}).</source>
      <comment>evidence.attachment_differs</comment>
      <translation>附件 {file}（位于 {path}）与记录的 SHA-256 不符（事件 {seq}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Attachment {file} (evidence event {seq}) has no file at {path}.</source>
      <comment>evidence.attachment_no_file</comment>
      <translation>附件 {file}（证据事件 {seq}）在 {path} 处没有文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the file of {what} {name} at {path} does not match the SHA-256 in its evidence event {seq}</source>
      <comment>evidence.audit.file_differs</comment>
      <translation>{what} {name} 的文件（{path}）与其证据事件 {seq} 中的 SHA-256 不符</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the file of {what} {name} (evidence event {seq}) is missing from {path}</source>
      <comment>evidence.audit.file_missing</comment>
      <translation>{what} {name} 的文件（证据事件 {seq}）在 {path} 处缺失</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>{path} is in the letters archive but no letter refers to it</source>
      <comment>evidence.audit.file_unrecorded</comment>
      <translation>{path} 在函件存档中，但没有任何函件引用它</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the append-only trigger {names} is missing, so the log could be edited in place</source>
      <comment>evidence.audit.guards_missing</comment>
      <extracomment>the append-only triggers {names} are missing, so the log could be edited in place</extracomment>
      <translation>
        <numerusform>仅追加触发器 {names} 已缺失，日志可能被就地修改</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the log was rewritten: event {seq} no longer has the hash {source} saw{when} ({head}…)</source>
      <comment>evidence.audit.rewritten</comment>
      <translation>日志已被改写：事件 {seq} 的哈希值已不是 {source}{when} 所见的哈希值（{head}…）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source> on {at}</source>
      <comment>evidence.audit.seen_on</comment>
      <translation> 于 {at}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_audit.py" />
      <source>the log was truncated: {source} saw event {seq}{when} (head {head}…), but the log now ends at event {length}</source>
      <comment>evidence.audit.truncated</comment>
      <translation>日志已被截断：{source}{when} 曾见到事件 {seq}（链尾 {head}…），但日志现在止于事件 {length}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} was altered after it was recorded</source>
      <comment>evidence.chain.altered</comment>
      <translation>事件 {seq} 在记录之后被修改过</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} claims to have been recorded ({recorded}) before the event ahead of it ({previous}); it was inserted later</source>
      <comment>evidence.chain.inserted</comment>
      <translation>事件 {seq} 声称的记录时间（{recorded}）早于其前一个事件（{previous}）；它是事后插入的</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} claims to have been recorded (at no time) before the event ahead of it ({previous}); it was inserted later</source>
      <comment>evidence.chain.inserted_untimed</comment>
      <translation>事件 {seq} 没有记录时间，而其前一个事件有（{previous}）；它是事后插入的</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} is missing (found event {found} in its place)</source>
      <comment>evidence.chain.missing</comment>
      <translation>事件 {seq} 缺失（其位置上是事件 {found}）</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence.py" />
      <source>event {seq} is missing from the end of the log ({table} still point at it)</source>
      <comment>evidence.chain.missing_at_end</comment>
      <translation>日志末尾缺少事件 {seq}（{table}中仍有记录指向它）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} is out of order (found event {found} in its place)</source>
      <comment>evidence.chain.out_of_order</comment>
      <translation>事件 {seq} 顺序错乱（其位置上是事件 {found}）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} does not point at the event before it</source>
      <comment>evidence.chain.unlinked</comment>
      <translation>事件 {seq} 未指向其前一个事件</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/evidence.py" />
      <source>event {seq} has an unreadable payload</source>
      <comment>evidence.chain.unreadable</comment>
      <translation>事件 {seq} 的内容无法读取</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>chat</source>
      <comment>evidence.channel.chat</comment>
      <translation>即时消息</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>email</source>
      <comment>evidence.channel.email</comment>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter</source>
      <comment>evidence.channel.letter</comment>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>phone</source>
      <comment>evidence.channel.phone</comment>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>SMS</source>
      <comment>evidence.channel.sms</comment>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>visit</source>
      <comment>evidence.channel.visit</comment>
      <translation>上门拜访</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{channel} {direction}{outcome}: {summary}</source>
      <comment>evidence.contact</comment>
      <translation>{channel}（{direction}）{outcome}：{summary}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source> - {outcome}</source>
      <comment>evidence.contact_outcome</comment>
      <translation>，{outcome}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Correction of event {event}: {note}</source>
      <comment>evidence.correction</comment>
      <translation>对事件 {event} 的更正：{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Say what the correction is.</source>
      <comment>evidence.correction_empty</comment>
      <translation>请说明更正的内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>in</source>
      <comment>evidence.direction.in</comment>
      <translation>收到</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>out</source>
      <comment>evidence.direction.out</comment>
      <translation>发出</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{reason}: {note}</source>
      <comment>evidence.dispute_reason</comment>
      <translation>{reason}：{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>agreed on</source>
      <comment>evidence.fact.agreed_on</comment>
      <translation>约定日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>amount</source>
      <comment>evidence.fact.amount</comment>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>channel</source>
      <comment>evidence.fact.channel</comment>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>contact time</source>
      <comment>evidence.fact.contact_at</comment>
      <translation>联系时间</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>currency</source>
      <comment>evidence.fact.currency</comment>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>date</source>
      <comment>evidence.fact.date</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>direction</source>
      <comment>evidence.fact.direction</comment>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>due date</source>
      <comment>evidence.fact.due_date</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>file</source>
      <comment>evidence.fact.file</comment>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>interest</source>
      <comment>evidence.fact.interest</comment>
      <translation>利息</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>invoice</source>
      <comment>evidence.fact.invoice</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>kind</source>
      <comment>evidence.fact.kind</comment>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>level</source>
      <comment>evidence.fact.level</comment>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>promised by</source>
      <comment>evidence.fact.made_by</comment>
      <translation>承诺人</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>method</source>
      <comment>evidence.fact.method</comment>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>note</source>
      <comment>evidence.fact.note</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>number</source>
      <comment>evidence.fact.number</comment>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>date</source>
      <comment>evidence.fact.on</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>opened on</source>
      <comment>evidence.fact.opened_on</comment>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>outcome</source>
      <comment>evidence.fact.outcome</comment>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>override reason</source>
      <comment>evidence.fact.override</comment>
      <translation>例外理由</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>payment id</source>
      <comment>evidence.fact.payment_id</comment>
      <translation>收款编号</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>person</source>
      <comment>evidence.fact.person</comment>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>promise date</source>
      <comment>evidence.fact.promised_on</comment>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reason</source>
      <comment>evidence.fact.reason</comment>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reference</source>
      <comment>evidence.fact.reference</comment>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>reply by</source>
      <comment>evidence.fact.reply_by</comment>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>sent on</source>
      <comment>evidence.fact.sent_on</comment>
      <translation>发送日期</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>sha256</source>
      <comment>evidence.fact.sha256</comment>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>summary</source>
      <comment>evidence.fact.summary</comment>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>tracking number</source>
      <comment>evidence.fact.tracking</comment>
      <translation>运单号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>{kind}: {text}</source>
      <comment>evidence.generic</comment>
      <translation>{kind}：{text}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>Invoice {number} belongs to another customer, not {customer}.</source>
      <comment>evidence.invoice_other_customer</comment>
      <translation>发票 {number} 属于另一客户，而不是 {customer}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>acknowledgment</source>
      <comment>evidence.kind.acknowledgment</comment>
      <translation>债务确认</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>attachment</source>
      <comment>evidence.kind.attachment</comment>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>bank statement</source>
      <comment>evidence.kind.bank_statement</comment>
      <translation>银行对账单</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>case owner</source>
      <comment>evidence.kind.case_owner</comment>
      <translation>案件负责人</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>case stage</source>
      <comment>evidence.kind.case_stage</comment>
      <translation>案件阶段</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>contact</source>
      <comment>evidence.kind.contact</comment>
      <translation>联系</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>contract terms</source>
      <comment>evidence.kind.contract_terms</comment>
      <translation>合同条款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>correction</source>
      <comment>evidence.kind.correction</comment>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit applied</source>
      <comment>evidence.kind.credit_applied</comment>
      <translation>已冲抵贷方余额</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit note</source>
      <comment>evidence.kind.credit_note</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit note reversed</source>
      <comment>evidence.kind.credit_note_reversed</comment>
      <translation>贷项通知单已冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>credit override</source>
      <comment>evidence.kind.credit_override</comment>
      <translation>超出信用额度的例外</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>default terms</source>
      <comment>evidence.kind.default_terms</comment>
      <translation>默认条款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>demand delivered</source>
      <comment>evidence.kind.demand_delivered</comment>
      <translation>催告已送达</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute opened</source>
      <comment>evidence.kind.dispute_opened</comment>
      <translation>提出争议</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute resolved</source>
      <comment>evidence.kind.dispute_resolved</comment>
      <translation>争议已解决</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>guard override</source>
      <comment>evidence.kind.guard_override</comment>
      <translation>规则例外</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>handover</source>
      <comment>evidence.kind.handover</comment>
      <translation>移交</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>import</source>
      <comment>evidence.kind.import</comment>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>interest waived</source>
      <comment>evidence.kind.interest_waived</comment>
      <translation>利息减免</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>invoice</source>
      <comment>evidence.kind.invoice</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>invoice voided</source>
      <comment>evidence.kind.invoice_voided</comment>
      <translation>发票已作废</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter</source>
      <comment>evidence.kind.letter</comment>
      <translation>函件</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter delivered</source>
      <comment>evidence.kind.letter_delivered</comment>
      <translation>函件已送达</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter emailed</source>
      <comment>evidence.kind.letter_emailed</comment>
      <translation>函件已通过电子邮件发送</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>letter posted</source>
      <comment>evidence.kind.letter_posted</comment>
      <translation>函件已寄出</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>negotiation end</source>
      <comment>evidence.kind.negotiation_end</comment>
      <translation>协商结束</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>negotiation start</source>
      <comment>evidence.kind.negotiation_start</comment>
      <translation>协商开始</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>notice</source>
      <comment>evidence.kind.notice</comment>
      <translation>通知函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>notice emailed</source>
      <comment>evidence.kind.notice_emailed</comment>
      <translation>通知函已通过电子邮件发送</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>opening import</source>
      <comment>evidence.kind.opening_import</comment>
      <translation>期初导入</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>part payment</source>
      <comment>evidence.kind.part_payment</comment>
      <translation>部分付款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>payment</source>
      <comment>evidence.kind.payment</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>payment reversed</source>
      <comment>evidence.kind.payment_reversed</comment>
      <translation>收款已冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>plan</source>
      <comment>evidence.kind.plan</comment>
      <translation>分期计划</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>promise</source>
      <comment>evidence.kind.promise</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>records sealed</source>
      <comment>evidence.kind.records_sealed</comment>
      <translation>记录已封存</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refund</source>
      <comment>evidence.kind.refund</comment>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refund reversed</source>
      <comment>evidence.kind.refund_reversed</comment>
      <translation>退款已冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement approved</source>
      <comment>evidence.kind.settlement_approved</comment>
      <translation>和解已批准</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement lapsed</source>
      <comment>evidence.kind.settlement_lapsed</comment>
      <translation>和解已失效</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement letter</source>
      <comment>evidence.kind.settlement_letter</comment>
      <translation>和解函</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement offer</source>
      <comment>evidence.kind.settlement_offer</comment>
      <translation>和解方案</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>settlement paid</source>
      <comment>evidence.kind.settlement_settled</comment>
      <translation>和解已付清</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>suit</source>
      <comment>evidence.kind.suit</comment>
      <translation>已起诉</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>write-off</source>
      <comment>evidence.kind.write_off</comment>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>write-off reversed</source>
      <comment>evidence.kind.write_off_reversed</comment>
      <translation>核销已冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Letter level {level} ({name}) sent {sent_on}</source>
      <comment>evidence.letter</comment>
      <translation>{level} 级函件（{name}）已于 {sent_on} 发出</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_log.py" />
      <source>There is no evidence event {seq}.</source>
      <comment>evidence.no_event</comment>
      <translation>证据日志中没有事件 {seq}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>dispute</source>
      <comment>evidence.outcome.dispute</comment>
      <translation>提出争议</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>no-answer</source>
      <comment>evidence.outcome.no_answer</comment>
      <translation>无人接听</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>promise</source>
      <comment>evidence.outcome.promise</comment>
      <translation>承诺付款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>reached</source>
      <comment>evidence.outcome.reached</comment>
      <translation>已联系上</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>refused</source>
      <comment>evidence.outcome.refused</comment>
      <translation>拒绝</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>wrong-number</source>
      <comment>evidence.outcome.wrong_number</comment>
      <translation>号码错误</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Payment {amount} on {date}</source>
      <comment>evidence.payment</comment>
      <translation>收款 {amount}，日期 {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/evidence_view.py" />
      <source>Promise {amount} by {due}</source>
      <comment>evidence.promise</comment>
      <translation>付款承诺 {amount}，期限 {due}</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>dispute</source>
      <comment>evidence.record.dispute</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>interest waiver</source>
      <comment>evidence.record.interest_waiver</comment>
      <translation>利息减免</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>limitation event</source>
      <comment>evidence.record.limitation_event</comment>
      <translation>时效事件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>the {table} recorded by evidence event {seq} were changed, added or removed since (their digest no longer matches the event)</source>
      <comment>evidence.records.digest_differs</comment>
      <translation>证据事件 {seq} 记录的{table}此后被修改、增加或删除（其摘要值与该事件不再一致）</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from its evidence event {seq} in {facts}</source>
      <comment>evidence.records.facts_differ</comment>
      <translation>{what} {id} 的{facts}与其证据事件 {seq} 不一致</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from instalment {instalment} of its evidence event {seq}</source>
      <comment>evidence.records.instalment_differs</comment>
      <translation>{what} {id} 与其证据事件 {seq} 中的第 {instalment} 期不一致</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} says '{kind}' but its evidence event {seq} recorded '{recorded}'</source>
      <comment>evidence.records.kind_differs</comment>
      <translation>{what} {id} 记为“{kind}”，但其证据事件 {seq} 记录的是“{recorded}”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>and {n} more record problem</source>
      <comment>evidence.records.more</comment>
      <extracomment>and {n} more record problems</extracomment>
      <translation>
        <numerusform>以及另外 {n} 个记录问题</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} belongs to another customer than its evidence event {seq} says</source>
      <comment>evidence.records.other_customer</comment>
      <translation>{what} {id} 所属的客户与其证据事件 {seq} 所载的不同</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>evidence event {seq} recorded a {kind} that is no longer in the ledger</source>
      <comment>evidence.records.record_gone</comment>
      <translation>证据事件 {seq} 记录的{kind}已不在台账中</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} points at evidence event {seq}, which is not in the log</source>
      <comment>evidence.records.record_without_event</comment>
      <translation>{what} {id} 指向证据事件 {seq}，但日志中没有该事件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} differs from its resolution event {seq}</source>
      <comment>evidence.records.resolution_differs</comment>
      <translation>{what} {id} 与其解决事件 {seq} 不一致</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{what} {id} is marked resolved without its resolution event</source>
      <comment>evidence.records.resolved_without_event</comment>
      <translation>{what} {id} 被标记为已解决，但没有相应的解决事件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{table} rows point at evidence event {seq}, which is not in the log</source>
      <comment>evidence.records.rows_without_event</comment>
      <translation>{table}中的记录指向证据事件 {seq}，但日志中没有该事件</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/storage/evidence_records.py" />
      <source>{n} row of {table} (first id {first}) is in no evidence event; it was added outside arledger</source>
      <comment>evidence.records.unrecorded</comment>
      <extracomment>{n} rows of {table} (first id {first}) are in no evidence event; they were added outside arledger</extracomment>
      <translation>
        <numerusform>{table}中有 {n} 行（首个 ID {first}）不在任何证据事件中；它们是在 arledger 之外添加的</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>attachments</source>
      <comment>evidence.table.attachments</comment>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>case stages</source>
      <comment>evidence.table.case_stages</comment>
      <translation>案件阶段</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>contacts</source>
      <comment>evidence.table.contacts</comment>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>credit notes</source>
      <comment>evidence.table.credit_notes</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>dispatch records</source>
      <comment>evidence.table.dispatches</comment>
      <translation>发送记录</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>disputes</source>
      <comment>evidence.table.disputes</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>interest waivers</source>
      <comment>evidence.table.interest_waivers</comment>
      <translation>利息减免</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>invoices</source>
      <comment>evidence.table.invoices</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>letters</source>
      <comment>evidence.table.letters</comment>
      <translation>函件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>limitation events</source>
      <comment>evidence.table.limitation_events</comment>
      <translation>时效事件</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>notices</source>
      <comment>evidence.table.notices</comment>
      <translation>通知函</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>payments</source>
      <comment>evidence.table.payments</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>instalment plans</source>
      <comment>evidence.table.plans</comment>
      <translation>分期计划</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>promises</source>
      <comment>evidence.table.promises</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>settlement offers</source>
      <comment>evidence.table.settlement_offers</comment>
      <translation>和解方案</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/table_words.py" />
      <source>write-offs</source>
      <comment>evidence.table.write_offs</comment>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>The export was cancelled; no file was written.</source>
      <comment>export.cancelled</comment>
      <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Cannot write to {parent} ({reason}).</source>
      <comment>export.folder_write_failed</comment>
      <translation>无法写入 {parent}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>There is no folder {parent} to write {target} into.</source>
      <comment>export.no_folder</comment>
      <translation>没有可写入 {target} 的文件夹 {parent}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/excel.py" />
      <source>{name} has no sheet named '{sheet}'.</source>
      <comment>export.no_sheet</comment>
      <translation>{name} 中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>{target} does not end in .xlsx; Excel would not open it as a workbook.</source>
      <comment>export.not_xlsx</comment>
      <translation>{target} 不以 .xlsx 结尾；Excel 不会将其作为工作簿打开。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>The period starts on {period_from}, after it ends ({period_to}).</source>
      <comment>export.period_reversed</comment>
      <translation>期间开始于 {period_from}，晚于其结束日期（{period_to}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>{target} is a folder; give a file name ending in .xlsx.</source>
      <comment>export.target_is_folder</comment>
      <translation>{target} 是文件夹；请给出以 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Cannot write {target} ({reason}).</source>
      <comment>export.write_failed</comment>
      <translation>无法写入 {target}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>address</source>
      <comment>field.address</comment>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>agreement date</source>
      <comment>field.agreed_on</comment>
      <translation>约定日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>amount</source>
      <comment>field.amount</comment>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>time</source>
      <comment>field.at</comment>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>channel</source>
      <comment>field.channel</comment>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>customer code</source>
      <comment>field.code</comment>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contact name</source>
      <comment>field.contact_name</comment>
      <translation>联系人姓名</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contract rate</source>
      <comment>field.contract_rate</comment>
      <translation>合同利率</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>credit limit</source>
      <comment>field.credit_limit</comment>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>currency</source>
      <comment>field.currency</comment>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>date</source>
      <comment>field.date</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>due date</source>
      <comment>field.due_date</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>email address</source>
      <comment>field.email</comment>
      <translation>电子邮件地址</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>fee</source>
      <comment>field.fee</comment>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>issue date</source>
      <comment>field.issue_date</comment>
      <translation>开票日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>jurisdiction</source>
      <comment>field.jurisdiction</comment>
      <translation>适用法域</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>kind</source>
      <comment>field.kind</comment>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>language</source>
      <comment>field.language</comment>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>LPR factor</source>
      <comment>field.lpr_factor</comment>
      <translation>LPR 倍数</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>promised by</source>
      <comment>field.made_by</comment>
      <translation>承诺人</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>payment method</source>
      <comment>field.method</comment>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>name</source>
      <comment>field.name</comment>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>note</source>
      <comment>field.note</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>notes</source>
      <comment>field.notes</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>number</source>
      <comment>field.number</comment>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>override reason</source>
      <comment>field.override</comment>
      <translation>例外理由</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>payment terms</source>
      <comment>field.payment_terms_days</comment>
      <translation>付款期限</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>contact person</source>
      <comment>field.person</comment>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>phone number</source>
      <comment>field.phone</comment>
      <translation>电话号码</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>promise date</source>
      <comment>field.promised_on</comment>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>rate</source>
      <comment>field.rate</comment>
      <translation>利率</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>reason</source>
      <comment>field.reason</comment>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>date received</source>
      <comment>field.received_on</comment>
      <translation>收款日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>reference</source>
      <comment>field.reference</comment>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>instalment amount</source>
      <comment>field.schedule_amount</comment>
      <translation>分期金额</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>instalment date</source>
      <comment>field.schedule_date</comment>
      <translation>分期日期</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>summary</source>
      <comment>field.summary</comment>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>time zone</source>
      <comment>field.timezone</comment>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>tracking number</source>
      <comment>field.tracking</comment>
      <translation>运单号</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} {amount} is larger than arledger accepts (less than {limit}).</source>
      <comment>fields.amount_too_large</comment>
      <translation>{field} {amount} 超出了 arledger 可接受的范围（须小于 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}…' is not an amount arledger accepts (too long).</source>
      <comment>fields.amount_too_long</comment>
      <translation>'{text}…' 不是 arledger 可接受的金额（过长）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a valid {field}; use one of {allowed}.</source>
      <comment>fields.bad_choice</comment>
      <translation>'{text}' 不是有效的 {field}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not an email address.</source>
      <comment>fields.bad_email</comment>
      <translation>'{text}' 不是电子邮件地址。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a time zone; use a name like Europe/London.</source>
      <comment>fields.bad_zone</comment>
      <translation>'{text}' 不是时区；请使用类似 Asia/Shanghai 的名称。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} {day} is outside the dates arledger accepts ({first} to {last}).</source>
      <comment>fields.date_out_of_range</comment>
      <translation>{field} {day} 超出了 arledger 可接受的日期范围（{first} 至 {last}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a factor above 0 and at most 10.</source>
      <comment>fields.factor_range</comment>
      <translation>'{text}' 不是大于 0 且不超过 10 的系数。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a date; write it as YYYY-MM-DD.</source>
      <comment>fields.not_date</comment>
      <translation>'{text}' 不是日期；请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a number, like 1.5.</source>
      <comment>fields.not_number</comment>
      <translation>'{text}' 不是数字，应类似 1.5。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a rate in percent, like 12.5.</source>
      <comment>fields.not_rate</comment>
      <translation>'{text}' 不是百分比利率，应类似 12.5。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a timestamp; write it like 2026-03-01T14:30:00+01:00.</source>
      <comment>fields.not_timestamp</comment>
      <translation>'{text}' 不是时间戳；请写成类似 2026-03-01T14:30:00+08:00 的格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a whole number.</source>
      <comment>fields.not_whole</comment>
      <translation>'{text}' 不是整数。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' has more than two decimals; give the rate to a hundredth of a percent.</source>
      <comment>fields.rate_decimals</comment>
      <translation>'{text}' 的小数超过两位；利率请精确到百分之一个百分点。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{text}' is not a rate between 0 and 1000 percent.</source>
      <comment>fields.rate_range</comment>
      <translation>'{text}' 不是 0 到 1000 之间的百分比利率。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' is required.</source>
      <comment>fields.required</comment>
      <translation>'{field}' 为必填项。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>{field} is {length} characters long; at most {limit} are accepted.</source>
      <comment>fields.text_too_long</comment>
      <translation>{field} 长 {length} 个字符；最多接受 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' must be at most {maximum}; got {value}.</source>
      <comment>fields.too_big</comment>
      <translation>'{field}' 不能大于 {maximum}；收到的是 {value}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/fields.py" />
      <source>'{field}' must be at least {minimum}; got {value}.</source>
      <comment>fields.too_small</comment>
      <translation>'{field}' 不能小于 {minimum}；收到的是 {value}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The case of {customer_code} is already handed over to a {to}.</source>
      <comment>handover.already_handed_over</comment>
      <translation>{customer_code} 的案件已移交给：{to}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>As of {on}</source>
      <comment>handover.as_of</comment>
      <translation>截至 {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Attached documents</source>
      <comment>handover.attached</comment>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Documents kept as evidence for these invoices, each with the SHA-256 logged when it was attached. PDF documents follow as pages of this pack; other files are listed here and included in the bundle.</source>
      <comment>handover.attached_note</comment>
      <translation>为这些发票留存的证据文件，均附有附加时记录的 SHA-256。PDF 文件作为本资料包的页面附于其后；其他文件在此列出，并包含在数据包中。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Hand over to a lawyer, agency or court, not '{to}'.</source>
      <comment>handover.bad_recipient</comment>
      <translation>只能移交给律师（lawyer）、催收机构（agency）或法院（court），不能移交给“{to}”。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contractual fixed fee per invoice: {fee}.</source>
      <comment>handover.basis.fee</comment>
      <translation>合同约定的每张发票固定费用：{fee}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contractual late-payment rate: {rate}% a year.</source>
      <comment>handover.basis.rate</comment>
      <translation>合同约定的逾期付款利率：年利率 {rate}%。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rule pack for interest, compensation and limitation: {pack}.</source>
      <comment>handover.basis.rules</comment>
      <translation>利息、补偿金和诉讼时效适用的规则包：{pack}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Payment terms: {days} days from the invoice date.</source>
      <comment>handover.basis.terms</comment>
      <translation>付款期限：自开票日起 {days} 天。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Case owner</source>
      <comment>handover.case_owner</comment>
      <translation>案件负责人</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain</source>
      <comment>handover.chain</comment>
      <translation>哈希链</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>BROKEN at event {seq}: {problem}</source>
      <comment>handover.chain.broken</comment>
      <translation>在第 {seq} 条事件处断裂：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain check</source>
      <comment>handover.chain.check</comment>
      <translation>哈希链校验</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events of this customer</source>
      <comment>handover.chain.customer_events</comment>
      <translation>该客户的事件数</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events in the ledger's log</source>
      <comment>handover.chain.events</comment>
      <translation>账簿日志中的事件数</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain head</source>
      <comment>handover.chain.head</comment>
      <translation>链头</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>intact</source>
      <comment>handover.chain.intact</comment>
      <translation>完整</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Actor</source>
      <comment>handover.col.actor</comment>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Amount</source>
      <comment>handover.col.amount</comment>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>At (UTC)</source>
      <comment>handover.col.at_utc</comment>
      <translation>时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Basis</source>
      <comment>handover.col.basis</comment>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Compensation</source>
      <comment>handover.col.compensation</comment>
      <translation>补偿金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Copy</source>
      <comment>handover.col.copy</comment>
      <translation>副本</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Costs</source>
      <comment>handover.col.costs</comment>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Currency</source>
      <comment>handover.col.currency</comment>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Days</source>
      <comment>handover.col.days</comment>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Days left</source>
      <comment>handover.col.days_left</comment>
      <translation>剩余天数</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputed</source>
      <comment>handover.col.disputed</comment>
      <translation>有争议</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Due</source>
      <comment>handover.col.due</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Event</source>
      <comment>handover.col.event</comment>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>File</source>
      <comment>handover.col.file</comment>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>From</source>
      <comment>handover.col.from</comment>
      <translation>起</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Hash</source>
      <comment>handover.col.hash</comment>
      <translation>哈希值</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>In this pack</source>
      <comment>handover.col.in_pack</comment>
      <translation>本资料包中</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Interest</source>
      <comment>handover.col.interest</comment>
      <translation>利息</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoice</source>
      <comment>handover.col.invoice</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Issued</source>
      <comment>handover.col.issued</comment>
      <translation>开票日</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Kind</source>
      <comment>handover.col.kind</comment>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Level</source>
      <comment>handover.col.level</comment>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Limitation date</source>
      <comment>handover.col.limitation_date</comment>
      <translation>时效届满日</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No.</source>
      <comment>handover.col.no</comment>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Note</source>
      <comment>handover.col.note</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>On</source>
      <comment>handover.col.on</comment>
      <translation>计息本金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Open</source>
      <comment>handover.col.open</comment>
      <translation>未结金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Opened</source>
      <comment>handover.col.opened</comment>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>SHA-256 of the PDF</source>
      <comment>handover.col.pdf_sha256</comment>
      <translation>PDF 的 SHA-256</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Principal</source>
      <comment>handover.col.principal</comment>
      <translation>本金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rate</source>
      <comment>handover.col.rate</comment>
      <translation>利率</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Rate source</source>
      <comment>handover.col.rate_source</comment>
      <translation>利率来源</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Reason</source>
      <comment>handover.col.reason</comment>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Record</source>
      <comment>handover.col.record</comment>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Reference</source>
      <comment>handover.col.reference</comment>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Resolution</source>
      <comment>handover.col.resolution</comment>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Resolved</source>
      <comment>handover.col.resolved</comment>
      <translation>解决日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Restarted by</source>
      <comment>handover.col.restarted_by</comment>
      <translation>时效重新起算事由</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Sent</source>
      <comment>handover.col.sent</comment>
      <translation>发出日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Seq</source>
      <comment>handover.col.seq</comment>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Status</source>
      <comment>handover.col.status</comment>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>To</source>
      <comment>handover.col.to</comment>
      <translation>止</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Total</source>
      <comment>handover.col.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>What</source>
      <comment>handover.col.what</comment>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>When (UTC)</source>
      <comment>handover.col.when_utc</comment>
      <translation>时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>contact</source>
      <comment>handover.contact</comment>
      <translation>联系</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Contract basis</source>
      <comment>handover.contract_basis</comment>
      <translation>合同依据</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Creditor</source>
      <comment>handover.creditor</comment>
      <translation>债权人</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Customer code</source>
      <comment>handover.customer_code</comment>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Debtor</source>
      <comment>handover.debtor</comment>
      <translation>债务人</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a company</source>
      <comment>handover.debtor.company</comment>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>an individual or sole trader</source>
      <comment>handover.debtor.person</comment>
      <translation>个人或个体经营者</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Debtor is</source>
      <comment>handover.debtor_is</comment>
      <translation>债务人类型</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Dispatch and delivery records</source>
      <comment>handover.dispatch</comment>
      <translation>发送与送达记录</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>open</source>
      <comment>handover.dispute.open</comment>
      <translation>未解决</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>whole invoice</source>
      <comment>handover.dispute.whole</comment>
      <translation>整张发票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputes</source>
      <comment>handover.disputes</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>(customer)</source>
      <comment>handover.doc.customer</comment>
      <translation>（客户）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>listed only (not a PDF)</source>
      <comment>handover.doc.listed</comment>
      <translation>仅列出（非 PDF）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>merged below</source>
      <comment>handover.doc.merged</comment>
      <translation>附于其后</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>MISSING from the archive</source>
      <comment>handover.doc.missing</comment>
      <translation>存档中缺失</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The kept copy of {filename} no longer matches its logged SHA-256 (evidence event {seq}); it cannot go into the pack.</source>
      <comment>handover.document_changed</comment>
      <translation>{filename} 的留存副本与日志中记录的 SHA-256 不再相符（证据事件 {seq}）；不能放入移交包。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Events</source>
      <comment>handover.events</comment>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{company} · claim against {customer} ({code}) · as of {on}</source>
      <comment>handover.footer</comment>
      <translation>{company} · 对 {customer}（{code}）的债权 · 截至 {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{recipient}, on {on}</source>
      <comment>handover.handed_over_on</comment>
      <translation>{recipient}，{on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handed over to</source>
      <comment>handover.handed_over_to</comment>
      <translation>移交给</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>How to verify</source>
      <comment>handover.how_to_verify</comment>
      <translation>如何验证</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Simple interest, daily, 365-day year, on each invoice's undisputed open amount from the day after the due date; the same figures as 'arledger report interest' on this date.</source>
      <comment>handover.interest_note</comment>
      <translation>按日计算单利，一年按 365 天计，以每张发票无争议的未结金额为本金，自到期日次日起算；与本日 'arledger report interest' 的数字相同。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handover of the claim of {company} against {customer} ({code}) to {recipient}, as of {on}.</source>
      <comment>handover.intro</comment>
      <translation>{company} 对 {customer}（{code}）的债权移交给{recipient}，截至 {on}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The same data is in {bundle} as CSV and JSON.</source>
      <comment>handover.intro.bundle</comment>
      <translation>相同数据以 CSV 和 JSON 格式存于 {bundle}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Chain head of the evidence log: {head}.</source>
      <comment>handover.intro.chain</comment>
      <translation>证据日志的链头：{head}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoices claimed</source>
      <comment>handover.invoices_claimed</comment>
      <translation>主张的发票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>no archived copy</source>
      <comment>handover.letter.no_copy</comment>
      <translation>无存档副本</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letters</source>
      <comment>handover.letters</comment>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>time-barred</source>
      <comment>handover.limit.barred</comment>
      <translation>已过时效</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{kind} on {on}</source>
      <comment>handover.limit.restarted</comment>
      <translation>{kind}，{on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>running</source>
      <comment>handover.limit.running</comment>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>warning</source>
      <comment>handover.limit.warning</comment>
      <translation>即将届满</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Limitation</source>
      <comment>handover.limitation</comment>
      <translation>诉讼时效</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>The ledger has no company name for the claim; set the company details first.</source>
      <comment>handover.no_company</comment>
      <translation>台账中没有用于该债权的公司名称；请先设置公司信息。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No costs are recorded in the ledger; costs of the proceedings are for the recipient to add.</source>
      <comment>handover.no_costs</comment>
      <translation>账簿中未记录任何费用；诉讼费用由接收方另行计入。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No dispatch or delivery was recorded.</source>
      <comment>handover.no_dispatch</comment>
      <translation>未记录任何发送或送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No dispute was ever recorded for this customer.</source>
      <comment>handover.no_disputes</comment>
      <translation>该客户从未记录过争议。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No documents are attached to these invoices.</source>
      <comment>handover.no_documents</comment>
      <translation>这些发票没有附件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>No letters were sent from the ledger.</source>
      <comment>handover.no_letters</comment>
      <translation>账簿未发出任何信函。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>{customer_code} has nothing overdue on {on}; there is no claim to hand over.</source>
      <comment>handover.nothing_overdue</comment>
      <translation>{customer_code} 在 {on} 没有逾期款项；没有可移交的债权。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Claim summary</source>
      <comment>handover.part.claim</comment>
      <translation>债权摘要</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Disputes and limitation</source>
      <comment>handover.part.disputes</comment>
      <translation>争议与诉讼时效</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Document: {file} ({invoice})</source>
      <comment>handover.part.document</comment>
      <translation>文件：{file}（{invoice}）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Evidence log</source>
      <comment>handover.part.evidence</comment>
      <translation>证据日志</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Invoices and their documents</source>
      <comment>handover.part.invoices</comment>
      <translation>发票及其文件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letter level {level} of {sent_on}</source>
      <comment>handover.part.letter</comment>
      <translation>{sent_on} 的第 {level} 级信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Letters sent, dispatch and delivery</source>
      <comment>handover.part.letters</comment>
      <translation>已发信函、发送与送达</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Statement of account</source>
      <comment>handover.part.statement</comment>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Parties</source>
      <comment>handover.parties</comment>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Principal, interest and compensation per invoice</source>
      <comment>handover.per_invoice</comment>
      <translation>各发票的本金、利息和补偿金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Interest per period</source>
      <comment>handover.per_period</comment>
      <translation>分期利息</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Handover pack: {customer} ({code})</source>
      <comment>handover.title</comment>
      <translation>移交资料包：{customer}（{code}）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a collection agency</source>
      <comment>handover.to.agency</comment>
      <translation>催收机构</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a court</source>
      <comment>handover.to.court</comment>
      <translation>法院</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>a lawyer</source>
      <comment>handover.to.lawyer</comment>
      <translation>律师</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Totals as of {on}</source>
      <comment>handover.totals</comment>
      <translation>截至 {on} 的合计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>tracking {number}</source>
      <comment>handover.tracking</comment>
      <translation>追踪号 {number}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/handover.py" />
      <source>Each event's hash = SHA-256( previous event's hash + a line feed + the canonical JSON of {seq, at, kind, actor, customer_id, payload} with sorted keys, no spaces, UTF-8 ). The first event's previous hash is 64 zeros. Recomputing the chain from the ledger file ('arledger evidence verify') must reproduce every hash listed here and end at the chain head printed above; any later change to a recorded event breaks the chain at that event. Each document's SHA-256 (letters, attachments) can be checked with 'sha256sum FILE'.</source>
      <comment>handover.verify</comment>
      <translation>每个事件的哈希值 = SHA-256（前一事件的哈希值 + 一个换行符 + {seq, at, kind, actor, customer_id, payload} 的规范 JSON，键按字母排序、无空格、UTF-8）。第一个事件的前一哈希值为 64 个零。从账簿文件重新计算哈希链（'arledger evidence verify'）必须得出此处列出的每个哈希值，并以上面打印的链头结束；对已记录事件的任何事后修改都会使哈希链在该事件处断裂。每个文件（信函、附件）的 SHA-256 可用 'sha256sum FILE' 核对。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} was already imported as {kind} on {imported_at} (as {file_name}, {rows} rows); nothing was imported. Use --again to import the same file a second time.</source>
      <comment>import.already_imported</comment>
      <translation>{path_name} 已于 {imported_at} 作为 {kind} 导入（文件名 {file_name}，{rows} 行）；未导入任何内容。如需再次导入同一文件，请使用 --again。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is in {named}, but the row's currency is {currency}.</source>
      <comment>import.amount_currency_differs</comment>
      <translation>“{shown}”的币种为 {named}，但该行币种为 {currency}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is not an amount; write it like {example}.</source>
      <comment>import.bad_amount</comment>
      <translation>“{shown}”不是金额；请写成类似 {example} 的格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is not an amount in the {example} format.</source>
      <comment>import.bad_amount_format</comment>
      <translation>“{shown}”不是 {example} 格式的金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{text}' is not a date in the {order_value} order (like {example}).</source>
      <comment>import.bad_date</comment>
      <translation>“{text}”不是 {order_value} 顺序的日期（例如 {example}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{text}' is not a date order; use DMY (26/11/2025), MDY (11/26/2025) or YMD (2025-11-26).</source>
      <comment>import.bad_date_order</comment>
      <translation>“{text}”不是日期顺序；请使用 DMY（26/11/2025）、MDY（11/26/2025）或 YMD（2025-11-26）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{part}' is not field=Column.</source>
      <comment>import.bad_map_part</comment>
      <translation>--map：“{part}”不是“字段=列”格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{name}' is not a number format; use '.' or ',' (the decimal separator) or one of {number_formats}.</source>
      <comment>import.bad_number_format</comment>
      <translation>“{name}”不是数字格式；请使用“.”或“,”（小数分隔符），或以下之一：{number_formats}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>'{qty_text}' is not a quantity.</source>
      <comment>import.bad_quantity</comment>
      <translation>“{qty_text}”不是数量。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>Bank statements are imported with 'import bank', which proposes matches to review.</source>
      <comment>import.bank_needs_review</comment>
      <translation>银行对账单需用 'import bank' 导入，它会提出匹配建议供核对。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds TRUE/FALSE, not an amount.</source>
      <comment>import.bool_not_amount</comment>
      <translation>该单元格是 TRUE/FALSE，不是金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the cell holds TRUE/FALSE, not text.</source>
      <comment>import.bool_not_text</comment>
      <translation>该单元格是 TRUE/FALSE，不是文本。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} is being changed by another program; {path_name2} was not imported, try again in a moment.</source>
      <comment>import.busy</comment>
      <translation>{path_name} 正被其他程序修改；{path_name2} 未导入，请稍后重试。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/import_mapping.py" />
      <source>the {kind} file has no {names} column (it needs {required}; it may have {optional}).</source>
      <comment>import.columns_missing</comment>
      <extracomment>the {kind} file has no {names} columns (it needs {required}; it may have {optional}).</extracomment>
      <translation>
        <numerusform>{kind} 文件缺少 {names} 列（必需：{required}；可选：{optional}）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>credit note '{number}' already exists in the ledger.</source>
      <comment>import.credit_note_exists</comment>
      <translation>贷项通知单“{number}”已存在于台账中。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>credit note '{number}' appears twice (first on line {seen}).</source>
      <comment>import.credit_note_twice</comment>
      <translation>贷项通知单“{number}”出现了两次（首次在第 {seen} 行）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{found} customers are named '{value}'; use the customer code.</source>
      <comment>import.customer_ambiguous</comment>
      <translation>有 {found} 个客户名为“{value}”；请使用客户编号。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>customer '{code}' already exists in the ledger.</source>
      <comment>import.customer_exists</comment>
      <translation>客户“{code}”已存在于台账中。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>customer '{code}' appears twice (first on line {seen}).</source>
      <comment>import.customer_twice</comment>
      <translation>客户“{code}”出现了两次（首次在第 {seen} 行）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds a date, not an amount.</source>
      <comment>import.date_not_amount</comment>
      <translation>该单元格是日期，不是金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>the cell holds a date ({value}), not a whole number.</source>
      <comment>import.date_not_number</comment>
      <translation>该单元格是日期（{value}），不是整数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the cell holds a date ({value}), not text.</source>
      <comment>import.date_not_text</comment>
      <translation>该单元格是日期（{value}），不是文本。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>{found} is outside the dates the ledger keeps (1900-01-01 to 2199-12-31).</source>
      <comment>import.date_out_of_range</comment>
      <translation>{found} 超出台账保存的日期范围（1900-01-01 至 2199-12-31）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>The disk holding {path_name} is full; {path_name2} was not imported and the ledger is unchanged.</source>
      <comment>import.disk_full</comment>
      <translation>{path_name} 所在磁盘已满；{path_name2} 未导入，台账未更改。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>due date {due} is before the issue date {issue}.</source>
      <comment>import.due_before_issue</comment>
      <translation>到期日 {due} 早于开票日 {issue}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>{source} line 1: {problem}</source>
      <comment>import.first_line_problem</comment>
      <translation>{source} 第 1 行：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>give either 'invoice' or 'allocate', not both.</source>
      <comment>import.invoice_and_allocate</comment>
      <translation>请只填写“invoice”或“allocate”之一，不能同时填写。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' is in {currency} on line {line}.</source>
      <comment>import.invoice_currency_line</comment>
      <translation>发票“{number}”在第 {line} 行的币种为 {currency}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' already exists in the ledger.</source>
      <comment>import.invoice_exists</comment>
      <translation>发票“{number}”已存在于台账中。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' totals {total} but its {lines} lines and tax add up to {amount}.</source>
      <comment>import.invoice_lines_differ</comment>
      <translation>发票“{number}”总额为 {total}，但其 {lines} 行明细与税额合计为 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{invoice}' belongs to another customer, not '{value}'.</source>
      <comment>import.invoice_other_customer</comment>
      <translation>发票“{invoice}”属于其他客户，而非“{value}”。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' (line {line}) belongs to another customer.</source>
      <comment>import.invoice_other_customer_line</comment>
      <translation>发票“{number}”（第 {line} 行）属于其他客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' adds up to {amount}; an invoice must be for more than zero.</source>
      <comment>import.invoice_sum_zero</comment>
      <translation>发票“{number}”合计为 {amount}；发票金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' appears twice (first on line {first}).</source>
      <comment>import.invoice_twice</comment>
      <translation>发票“{number}”出现了两次（首次在第 {first} 行）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>invoice '{number}' appears twice (first on line {line_of}).</source>
      <comment>import.invoice_twice_in_file</comment>
      <translation>发票“{number}”出现了两次（首次在第 {line_of} 行）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>an invoice must be for more than zero.</source>
      <comment>import.invoice_zero</comment>
      <translation>发票金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>... and {n} more.</source>
      <comment>import.more_problems</comment>
      <translation>……另有 {n} 个。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>the {kind} file needs one of the columns {group}.</source>
      <comment>import.needs_one_of</comment>
      <translation>{kind} 文件需要以下列之一：{group}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{shown}' is negative; amounts must be zero or more.</source>
      <comment>import.negative_amount</comment>
      <translation>“{shown}”为负数；金额必须为零或以上。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/bank_statements.py" />
      <source>There is no file at {path}.</source>
      <comment>import.no_file</comment>
      <translation>{path} 处没有文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{source} line 1: the type column '{type_column}' is not in the file.</source>
      <comment>import.no_type_column</comment>
      <translation>{source} 第 1 行：文件中没有类型列“{type_column}”。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} was not imported; the ledger is unchanged.</source>
      <comment>import.not_imported</comment>
      <translation>{source} 未导入；台账未更改。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Dates: {order}.</source>
      <comment>import.note_dates</comment>
      <translation>日期：{order}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Dates read in more than one order ({orders}); {order} is proposed: check it.</source>
      <comment>import.note_dates_ambiguous</comment>
      <translation>日期可按多种顺序解读（{orders}）；建议使用 {order}：请核对。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Encoding: {encoding}.</source>
      <comment>import.note_encoding</comment>
      <translation>编码：{encoding}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Ignored columns: {columns}.</source>
      <comment>import.note_ignored</comment>
      <translation>忽略的列：{columns}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Numbers: like {example}.</source>
      <comment>import.note_numbers</comment>
      <translation>数字：类似 {example}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Numbers: like {example}. Every amount reads either way: check it.</source>
      <comment>import.note_numbers_ambiguous</comment>
      <translation>数字：类似 {example}。每个金额两种方式都能解读：请核对。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>The columns are those of a {title} export.</source>
      <comment>import.note_preset</comment>
      <translation>这些列来自 {title} 导出文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Only rows whose {column} is {values} are read.</source>
      <comment>import.note_row_filter</comment>
      <translation>仅读取 {column} 为 {values} 的行。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>the cell holds the number {value}, not a date; format the column as dates.</source>
      <comment>import.number_not_date</comment>
      <translation>该单元格是数字 {value}，不是日期；请将该列设为日期格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>the open amount {open} is not between 0 and the invoice amount {amount}.</source>
      <comment>import.open_out_of_range</comment>
      <translation>未结金额 {open} 不在 0 与发票金额 {amount} 之间。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/cli/data.py" />
      <source>{n} invoice broke credit control; run again with --allow-over-limit REASON to import it anyway (each override is logged).</source>
      <comment>import.over_limit_hint</comment>
      <extracomment>{n} invoices broke credit control; run again with --allow-over-limit REASON to import them anyway (each override is logged).</extracomment>
      <translation>
        <numerusform>{n} 张发票未通过信用控制；如仍要导入，请加上 --allow-over-limit 原因 再次运行（每次例外都会记录）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{problem} It goes in only with a reason for overriding credit control.</source>
      <comment>import.over_limit_row</comment>
      <translation>{problem} 只有在给出突破信用控制的理由后才能导入。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>sales invoices</source>
      <comment>import.preset.erpnext</comment>
      <translation>销售发票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>bills &amp; invoices CSV</source>
      <comment>import.preset.gnucash</comment>
      <translation>账单和发票 CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>customer invoices export</source>
      <comment>import.preset.odoo</comment>
      <translation>客户发票导出</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>IIF or CSV</source>
      <comment>import.preset.quickbooks_desktop</comment>
      <translation>IIF 或 CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>invoice list</source>
      <comment>import.preset.quickbooks_online</comment>
      <translation>发票列表</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>{product} ({export})</source>
      <comment>import.preset.title</comment>
      <translation>{product}（{export}）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_presets.py" />
      <source>sales invoices CSV</source>
      <comment>import.preset.xero</comment>
      <translation>销售发票 CSV</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>The {preset} preset reads {kind}, not {wanted}.</source>
      <comment>import.preset_other_kind</comment>
      <translation>预设 {preset} 读取的是 {kind}，而非 {wanted}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{where}: {problem}</source>
      <comment>import.problem_at</comment>
      <translation>{where}：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>A profile needs a name.</source>
      <comment>import.profile_name_missing</comment>
      <translation>配置需要一个名称。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>Profile '{profile}' is for {kind}, not {wanted}.</source>
      <comment>import.profile_other_kind</comment>
      <translation>配置“{profile}”用于 {kind}，而非 {wanted}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} is read-only; {path_name2} was not imported.</source>
      <comment>import.read_only</comment>
      <translation>{path_name} 为只读；{path_name2} 未导入。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>received_on {received} is before the issue date {issue}.</source>
      <comment>import.received_before_issue</comment>
      <translation>received_on {received} 早于开票日 {issue}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>(nothing was imported.)</source>
      <comment>import.rejected</comment>
      <translation>（未导入任何内容。）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{problem} {tail}</source>
      <comment>import.rejected_first</comment>
      <translation>{problem}{tail}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/import_rows.py" />
      <source>({n} more problem in {source}; nothing was imported.)</source>
      <comment>import.rejected_more</comment>
      <extracomment>({n} more problems in {source}; nothing was imported.)</extracomment>
      <translation>
        <numerusform>（{source} 中另有 {n} 个问题；未导入任何内容。）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_formats.py" />
      <source>'{field}' is required.</source>
      <comment>import.required</comment>
      <translation>“{field}”为必填项。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>a reversed entry needs a reversal_reason.</source>
      <comment>import.reversal_reason_missing</comment>
      <translation>已冲销的条目需要填写 reversal_reason。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>it is reversed on {rev}, before its own date {on}.</source>
      <comment>import.reversed_before_date</comment>
      <translation>其冲销日期 {rev} 早于其自身日期 {on}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>the value is {length} characters long; at most {max_text} are kept.</source>
      <comment>import.text_too_long</comment>
      <translation>该值长 {length} 个字符；最多保留 {max_text} 个。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no invoice numbered '{invoice}'.</source>
      <comment>import.unknown_allocated_invoice</comment>
      <translation>没有编号为“{invoice}”的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{header}' is not a column of the {kind} file (it may have {names}); map the columns with --map, --profile or --detect.</source>
      <comment>import.unknown_column</comment>
      <translation>“{header}”不是 {kind} 文件的列（可用列：{names}）；请用 --map、--profile 或 --detect 映射列。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{header}' is not a column; did you mean {hint}? Name the columns with --map, --profile, --preset or --detect.</source>
      <comment>import.unknown_column_hint</comment>
      <translation>“{header}”不是列；您是指 {hint} 吗？请用 --map、--profile、--preset 或 --detect 指定列。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no customer with code or name '{value}' (use --create-customers to add the unknown ones).</source>
      <comment>import.unknown_customer</comment>
      <translation>没有编号或名称为“{value}”的客户（使用 --create-customers 添加未知客户）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{name}' is not a field of {kind}; the fields are {names}.</source>
      <comment>import.unknown_field</comment>
      <translation>--map：“{name}”不是 {kind} 的字段；可用字段为 {names}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>--map: '{name}' is not a field of {kind}; did you mean {hint}?</source>
      <comment>import.unknown_field_hint</comment>
      <translation>--map：“{name}”不是 {kind} 的字段；您是指 {hint} 吗？</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>there is no invoice numbered '{number}'.</source>
      <comment>import.unknown_invoice</comment>
      <translation>没有编号为“{number}”的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{column}' (mapped to {name}) is not a column of the file.</source>
      <comment>import.unknown_mapped_column</comment>
      <translation>“{column}”（映射到 {name}）不是文件中的列。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{column}' (mapped to {name}) is not a column of the file; did you mean '{hint}'?</source>
      <comment>import.unknown_mapped_column_hint</comment>
      <translation>“{column}”（映射到 {name}）不是文件中的列；您是指“{hint}”吗？</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>'{preset_name}' is not a preset; use one of {presets}.</source>
      <comment>import.unknown_preset</comment>
      <translation>“{preset_name}”不是预设；请使用以下之一：{presets}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>There is no import profile named '{profile}'; saved profiles: {names}.</source>
      <comment>import.unknown_profile</comment>
      <translation>没有名为“{profile}”的导入配置；已保存的配置：{names}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_mapping.py" />
      <source>There is no import profile named '{profile}'; none is saved yet.</source>
      <comment>import.unknown_profile_none</comment>
      <translation>没有名为“{profile}”的导入配置；目前尚未保存任何配置。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>a voided invoice needs a void_reason.</source>
      <comment>import.void_reason_missing</comment>
      <translation>已作废的发票需要填写 void_reason。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} line {line}, column '{column}'</source>
      <comment>import.where_column</comment>
      <translation>{source} 第 {line} 行，“{column}”列</translation>
    </message>
    <message>
      <location filename="../../arledger/services/import_rows.py" />
      <source>{source} line {line}</source>
      <comment>import.where_line</comment>
      <translation>{source} 第 {line} 行</translation>
    </message>
    <message>
      <location filename="../../arledger/services/imports.py" />
      <source>{path_name} was not imported: the ledger refused the write ({text}).</source>
      <comment>import.write_refused</comment>
      <translation>{path_name} 未导入：台账拒绝了写入（{text}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Payments are applied to the principal first; interest and compensation accrued on an invoice remain due until they are paid or waived.</source>
      <comment>interest.allocation_rule</comment>
      <translation>付款先冲抵本金；发票上产生的利息和赔偿在支付或减免之前仍应支付。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at the contractual rate of {rate} a year{law}, {how}.</source>
      <comment>interest.basis.contract</comment>
      <translation>按合同约定利率年 {rate} 计收逾期利息{law}，{how}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at the contractual rate of {rate} a year{law}, {how}, plus the contractual fee of {compensation}.</source>
      <comment>interest.basis.contract_fee</comment>
      <translation>按合同约定利率年 {rate} 计收逾期利息{law}，{how}，另加合同约定费用 {compensation}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Default interest under BGB §288(2) at the Basiszinssatz + {margin} points ({rates}), {how}{default}, split where the Basiszinssatz changed, plus the {compensation} lump sum under BGB §288(5).</source>
      <comment>interest.basis.de_b2b</comment>
      <translation>依德国民法典第 288 条第 2 款按基准利率（Basiszinssatz）+ {margin} 个百分点计收迟延利息（{rates}），{how}{default}，基准利率变动时分段计算，另加德国民法典第 288 条第 5 款规定的 {compensation} 固定赔偿。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Default interest under BGB §288(1) at the Basiszinssatz + {margin} points ({rates}), {how}{default}, split where the Basiszinssatz changed.</source>
      <comment>interest.basis.de_consumer</comment>
      <translation>依德国民法典第 288 条第 1 款按基准利率（Basiszinssatz）+ {margin} 个百分点计收迟延利息（{rates}），{how}{default}，基准利率变动时分段计算。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after the due date, BGB §286(3))</source>
      <comment>interest.basis.default_30_days</comment>
      <translation>（自 {date} 起陷于迟延，即到期日后 30 天，德国民法典第 286 条第 3 款）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after the due date, our invoice having been received on {received_on}, BGB §286(3))</source>
      <comment>interest.basis.default_30_days_due_received</comment>
      <translation>（自 {date} 起陷于迟延，即到期日后 30 天；我方发票已于 {received_on} 送达，德国民法典第 286 条第 3 款）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from {date}, 30 days after our invoice was received on {received_on}, later than its due date, BGB §286(3))</source>
      <comment>interest.basis.default_30_days_receipt</comment>
      <translation>（自 {date} 起陷于迟延，即我方发票于 {received_on} 送达后 30 天，送达晚于到期日，德国民法典第 286 条第 3 款）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default from the day after the agreed payment date, BGB §286(2) no. 1)</source>
      <comment>interest.basis.default_agreed</comment>
      <translation>（自约定付款日次日起陷于迟延，德国民法典第 286 条第 2 款第 1 项）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, taken as received {n} day after its date, on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_dated</comment>
      <extracomment> (in default on receipt of our reminder of {sent_on}, taken as received {n} days after its date, on {date}, BGB §286(1))</extracomment>
      <translation>
        <numerusform>（我方 {sent_on} 的催告函视为于其日期后 {n} 天即 {date} 送达，自送达起陷于迟延，德国民法典第 286 条第 1 款）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, delivered on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_delivered</comment>
      <translation>（我方 {sent_on} 的催告函于 {date} 送达，自送达起陷于迟延，德国民法典第 286 条第 1 款）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, sent by email on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_emailed</comment>
      <translation>（我方 {sent_on} 的催告函于 {date} 以电子邮件发出，自收到起陷于迟延，德国民法典第 286 条第 1 款）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/interest.py" />
      <source> (in default on receipt of our reminder of {sent_on}, posted on {posted_on} and taken as received {n} day later, on {date}, BGB §286(1))</source>
      <comment>interest.basis.default_reminder_posted</comment>
      <extracomment> (in default on receipt of our reminder of {sent_on}, posted on {posted_on} and taken as received {n} days later, on {date}, BGB §286(1))</extracomment>
      <translation>
        <numerusform>（我方 {sent_on} 的催告函于 {posted_on} 邮寄，视为 {n} 天后即 {date} 送达，自送达起陷于迟延，德国民法典第 286 条第 1 款）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest under Directive 2011/7/EU at the ECB main refinancing rate in force on the first day of each half-year + {margin} points ({rates}), {how}, split at 1 January and 1 July, plus {compensation} compensation for recovery costs under Article 6.</source>
      <comment>interest.basis.eu</comment>
      <translation>依欧盟第 2011/7/EU 号指令，按每半年首日有效的欧洲央行主要再融资利率 + {margin} 个百分点计收逾期利息（{rates}），{how}，于 1 月 1 日和 7 月 1 日分段，另加第 6 条规定的 {compensation} 追收费用补偿。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No contractual interest rate is agreed; the contractual fee of {compensation} is claimed{law}.</source>
      <comment>interest.basis.fee_only</comment>
      <translation>合同未约定利率；按合同约定收取费用 {compensation}{law}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>simple interest per day on a 365-day year from {date}</source>
      <comment>interest.basis.how</comment>
      <translation>自 {date} 起按每年 365 天逐日计算单利</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at {rate} a year, the one-year Loan Prime Rate of {lpr} in force on {date} x {factor}{law}, {how}.</source>
      <comment>interest.basis.lpr</comment>
      <translation>按年 {rate} 计收逾期利息，即 {date} 有效的一年期贷款市场报价利率 {lpr} × {factor}{law}，{how}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Late-payment interest at {rate} a year, the one-year Loan Prime Rate of {lpr} in force on {date} x {factor}{law}, {how}, plus the contractual fee of {compensation}.</source>
      <comment>interest.basis.lpr_fee</comment>
      <translation>按年 {rate} 计收逾期利息，即 {date} 有效的一年期贷款市场报价利率 {lpr} × {factor}{law}，{how}，另加合同约定费用 {compensation}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No late-payment interest or compensation is claimed for this invoice.</source>
      <comment>interest.basis.none</comment>
      <translation>本发票不计收逾期利息或赔偿。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number}: the debtor, a consumer, is not in default on {date} (no payment date agreed by contract, no reminder received, no notice of default after 30 days on the invoice; BGB §286), so nothing has accrued.</source>
      <comment>interest.basis.not_in_default</comment>
      <translation>发票 {number}：债务人为消费者，截至 {date} 尚未陷于迟延（合同未约定付款日期，未收到催告，发票上也未注明 30 天后陷于迟延；德国民法典第 286 条），因此未产生任何费用。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number} is not overdue on {date}, so nothing has accrued.</source>
      <comment>interest.basis.not_overdue</comment>
      <translation>发票 {number} 截至 {date} 尚未逾期，因此未产生任何费用。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No contractual late-payment interest or fee is agreed, so nothing is claimed.</source>
      <comment>interest.basis.nothing_agreed</comment>
      <translation>合同未约定逾期利息或费用，因此不作主张。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Invoice {number} has no undisputed open amount after its due date, so nothing is claimed.</source>
      <comment>interest.basis.nothing_open</comment>
      <translation>发票 {number} 到期后没有无争议的未付金额，因此不作主张。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (PRC Civil Code, Art. 585)</source>
      <comment>interest.basis.prc_law</comment>
      <translation>（《中华人民共和国民法典》第五百八十五条）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{base} + {margin} = {rate} from {date}</source>
      <comment>interest.basis.rate_step</comment>
      <translation>自 {date} 起 {base} + {margin} = {rate}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{first}; {second}</source>
      <comment>interest.basis.rate_steps</comment>
      <translation>{first}；{second}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (tier read from the {currency} face amount; compensation is expressed in GBP)</source>
      <comment>interest.basis.tier_face</comment>
      <translation>（档次按 {currency} 票面金额确定；赔偿以英镑计）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source> (tier on the invoice amount of {amount})</source>
      <comment>interest.basis.tier_gbp</comment>
      <translation>（档次按发票金额 {amount} 确定）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at {rate} a year ({source}, the rate in force on {reference}), {how}, plus fixed compensation of {compensation} under section 5A{tier}.</source>
      <comment>interest.basis.uk</comment>
      <translation>依英国《1998 年商业债务逾期付款（利息）法》按年 {rate} 计收法定利息（{source}，即 {reference} 有效的利率），{how}，另加第 5A 条规定的固定赔偿 {compensation}{tier}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The contract fee cannot be negative.</source>
      <comment>interest.contract_fee_negative</comment>
      <translation>合同费用不能为负数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The contract rate must be between 0 and 1000 percent a year.</source>
      <comment>interest.contract_rate</comment>
      <translation>合同利率必须在每年 0 至 1000% 之间。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>The LPR factor must be more than 0 and at most 10 (for example 1.5).</source>
      <comment>interest.lpr_factor</comment>
      <translation>LPR 倍数必须大于 0 且不超过 10（例如 1.5）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>No interest computed: {reason}</source>
      <comment>interest.not_computed</comment>
      <translation>未计算利息：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>No interest computed for {number}: {reason}</source>
      <comment>interest.not_computed_for</comment>
      <translation>未计算 {number} 的利息：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has no interest or compensation to waive on {on}.</source>
      <comment>interest.nothing_to_waive</comment>
      <translation>发票 {number} 在 {on} 没有可免除的利息或补偿金。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Each period's interest is rounded half-up to the cent; an invoice's interest is the sum of its periods.</source>
      <comment>interest.rounding</comment>
      <translation>每期利息四舍五入到分；发票利息为各期之和。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>China (LPR)</source>
      <comment>interest.rule.cn</comment>
      <translation>中国（LPR）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>Contract rate</source>
      <comment>interest.rule.contract</comment>
      <translation>合同利率</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>BGB §288</source>
      <comment>interest.rule.de</comment>
      <translation>德国民法典第 288 条</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>EU Directive</source>
      <comment>interest.rule.eu</comment>
      <translation>欧盟指令</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>No interest</source>
      <comment>interest.rule.none</comment>
      <translation>不计利息</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>UK Late Payment Act</source>
      <comment>interest.rule.uk</comment>
      <translation>英国逾期付款法</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>contract rate {rate}</source>
      <comment>interest.source.contract</comment>
      <translation>合同约定利率 {rate}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{label} {rate} ({effective}) x {factor}</source>
      <comment>interest.source.lpr</comment>
      <translation>{label} {rate}（{effective}）× {factor}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>{label} {rate} ({effective}) + {margin}</source>
      <comment>interest.source.statutory</comment>
      <translation>{label} {rate}（{effective}）+ {margin} 个百分点</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>The rate table '{name}' is not loaded; it is needed for this interest rule.</source>
      <comment>interest.table_missing</comment>
      <translation>利率表“{name}”未载入；此利息规则需要它。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_report.py" />
      <source>Time-barred since {date}: listed, not claimed.</source>
      <comment>interest.time_barred</comment>
      <translation>自 {date} 起已过诉讼时效：仅列出，不作主张。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/interest.py" />
      <source>'{rule}' is not an interest rule; use one of {rules}.</source>
      <comment>interest.unknown_rule</comment>
      <translation>'{rule}' 不是利息规则；请使用以下之一：{rules}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer} paid by its deadline</source>
      <comment>interest.waiver.settlement_paid</comment>
      <translation>和解方案 {offer} 已在期限内付清</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>A waiver cannot be negative.</source>
      <comment>interest.waiver_negative</comment>
      <translation>免除金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Give a reason for the waiver.</source>
      <comment>interest.waiver_no_reason</comment>
      <translation>请填写免除的理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has {claimable} of compensation to waive on {on}, less than {asked}.</source>
      <comment>interest.waiver_over_compensation</comment>
      <translation>发票 {number} 在 {on} 可免除的补偿金为 {claimable}，少于 {asked}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/interest_claims.py" />
      <source>Invoice {number} has {claimable} of interest to waive on {on}, less than {asked}.</source>
      <comment>interest.waiver_over_interest</comment>
      <translation>发票 {number} 在 {on} 可免除的利息为 {claimable}，少于 {asked}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is named twice in the allocation.</source>
      <comment>ledger.allocation_invoice_twice</comment>
      <translation>发票 {number} 在分配中出现了两次。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} open; {part} cannot be applied to it.</source>
      <comment>ledger.allocation_over_open</comment>
      <translation>发票 {number} 尚有 {open_now} 未结；不能对其核销 {part}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The allocation adds up to {value}, more than the {amount} received.</source>
      <comment>ledger.allocation_too_much</comment>
      <translation>分配合计 {value}，超过了收到的 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The amount for invoice {number} must be more than zero.</source>
      <comment>ledger.allocation_zero</comment>
      <translation>发票 {number} 的金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is being changed by another program; try again in a moment.</source>
      <comment>ledger.busy</comment>
      <translation>{name} 正被其他程序修改；请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is being changed by another program; nothing was saved, try again in a moment.</source>
      <comment>ledger.busy_write</comment>
      <translation>{name} 正被其他程序修改；未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} cannot be opened ({problem}).</source>
      <comment>ledger.cannot_open</comment>
      <translation>无法打开 {path}（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is not an invoice of this customer in {currency}.</source>
      <comment>ledger.credit_invoice_mismatch</comment>
      <translation>发票 {number} 不是该客户以 {currency} 计价的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A credit note numbered '{number}' already exists.</source>
      <comment>ledger.credit_note_exists</comment>
      <translation>编号为“{number}”的贷项通知单已存在。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A credit note must be for more than zero.</source>
      <comment>ledger.credit_note_zero</comment>
      <translation>贷项通知单金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A customer with code '{customer_code}' already exists.</source>
      <comment>ledger.customer_exists</comment>
      <translation>编号为“{customer_code}”的客户已存在。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is damaged ({problem}).</source>
      <comment>ledger.damaged</comment>
      <translation>{path} 已损坏（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is damaged ({problem}); the newest backup is {backup} (restore it with 'arledger restore {backup} --ledger NEW').</source>
      <comment>ledger.damaged_backup</comment>
      <translation>{path} 已损坏（{problem}）；最新的备份是 {backup}（可用 'arledger restore {backup} --ledger 新台账' 恢复）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is damaged ({problem}); no backup of it was found.</source>
      <comment>ledger.damaged_no_backup</comment>
      <translation>{path} 已损坏（{problem}）；未找到它的备份。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{name} is damaged ({problem}); nothing was saved. Restore it from a backup, or run 'arledger check' for what is wrong.</source>
      <comment>ledger.damaged_write</comment>
      <translation>{name} 已损坏（{problem}）；未保存任何内容。请从备份恢复，或运行 'arledger check' 查看问题所在。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is due {due} before it was issued ({issue_date}).</source>
      <comment>ledger.due_before_issue</comment>
      <translation>发票 {number} 的到期日 {due} 早于开票日（{issue_date}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an empty file (0 bytes), not a ledger; create a ledger with 'arledger init' or restore one from a backup.</source>
      <comment>ledger.empty_file</comment>
      <translation>{path} 是空文件（0 字节），不是台账；请用 'arledger init' 新建台账，或从备份恢复。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} already exists; choose another file name.</source>
      <comment>ledger.file_exists</comment>
      <translation>{path} 已存在；请另选文件名。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is an SQLite file but not an arledger ledger.</source>
      <comment>ledger.foreign_sqlite</comment>
      <translation>{path} 是 SQLite 文件，但不是 arledger 台账。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>An invoice numbered '{number}' already exists.</source>
      <comment>ledger.invoice_exists</comment>
      <translation>编号为“{number}”的发票已存在。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is in {currency}, not {wanted}.</source>
      <comment>ledger.invoice_other_currency</comment>
      <translation>发票 {number} 的币种为 {currency}，而非 {wanted}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/allocation_preview.py" />
      <source>Invoice {number} belongs to another customer.</source>
      <comment>ledger.invoice_other_customer</comment>
      <translation>发票 {number} 属于其他客户。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} must be for more than zero.</source>
      <comment>ledger.invoice_zero</comment>
      <translation>发票 {number} 的金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{path} is a folder, not a ledger file.</source>
      <comment>ledger.is_folder</comment>
      <translation>{path} 是文件夹，不是台账文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>{path} 处没有台账；可用 'arledger demo --ledger {path}' 创建一个台账，或打开程序新建。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} was written by a newer arledger (schema {schema}); this version reads schema {latest} at most.</source>
      <comment>ledger.newer_schema</comment>
      <translation>{path} 由更新版本的 arledger 写入（结构版本 {schema}）；本版本最多只能读取结构版本 {latest}。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>There is no ledger file at {path}.</source>
      <comment>ledger.no_file</comment>
      <translation>{path} 处没有台账文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/db.py" />
      <source>{path} is not a ledger file ({problem}).</source>
      <comment>ledger.not_ledger</comment>
      <translation>{path} 不是台账文件（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has nothing open to write off.</source>
      <comment>ledger.nothing_to_write_off</comment>
      <translation>发票 {number} 没有可核销的未结金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>{problem} Give a reason to raise it anyway (--allow-over-limit REASON).</source>
      <comment>ledger.over_limit</comment>
      <translation>{problem}如仍要开具，请说明理由（--allow-over-limit 理由）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A payment must be for more than zero.</source>
      <comment>ledger.payment_zero</comment>
      <translation>付款金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} cannot have been received on {received_on}, before it was issued ({issue_date}).</source>
      <comment>ledger.received_before_issue</comment>
      <translation>发票 {number} 不可能在开票日（{issue_date}）之前的 {received_on} 送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Customer {c_code} has {available} of unapplied credit; a refund of {amount} is more than that.</source>
      <comment>ledger.refund_over_credit</comment>
      <translation>客户 {c_code} 有 {available} 未使用的贷方余额；{amount} 的退款超过了该金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/entries.py" />
      <source>A refund must be for more than zero.</source>
      <comment>ledger.refund_zero</comment>
      <translation>退款金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>Stop using it and restore the backup.</source>
      <comment>ledger.stop_using</comment>
      <translation>请停止使用它，并恢复该备份。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/invoice_list.py" />
      <source>There is no invoice numbered '{number}'.</source>
      <comment>ledger.unknown_invoice</comment>
      <translation>没有编号为“{number}”的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} could not be upgraded to schema {schema} ({problem}); it was left as it was.</source>
      <comment>ledger.upgrade_failed</comment>
      <translation>{path} 无法升级到结构版本 {schema}（{problem}）；文件保持原样。</translation>
    </message>
    <message>
      <location filename="../../arledger/storage/migrations.py" />
      <source>{path} could not be upgraded to schema {schema} ({problem}); it was left as it was and a copy is at {backup}.</source>
      <comment>ledger.upgrade_failed_copy</comment>
      <translation>{path} 无法升级到结构版本 {schema}（{problem}）；文件保持原样，副本位于 {backup}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} open; a write-off must be more than zero and no more than that.</source>
      <comment>ledger.write_off_over_open</comment>
      <translation>发票 {number} 尚有 {open_now} 未结；核销金额必须大于零且不超过该金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A write-off needs a reason.</source>
      <comment>ledger.write_off_reason_missing</comment>
      <translation>核销需要说明理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>The archived letter {path} is missing or altered; check the letters archive.</source>
      <comment>letter.archive_altered</comment>
      <translation>存档的函件 {path} 缺失或已被改动；请检查函件存档。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>Completed archiving {path} (evidence event {seq}).</source>
      <comment>letter.archive_completed</comment>
      <translation>已完成 {path} 的归档（证据事件 {seq}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>The file of letter {letter} at {path} does not match its recorded SHA-256.</source>
      <comment>letter.archive_file_differs</comment>
      <translation>函件 {letter} 的文件（{path}）与记录的 SHA-256 不符。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>Letter {letter} (evidence event {seq}) has no file at {path}.</source>
      <comment>letter.archive_no_file</comment>
      <translation>函件 {letter}（证据事件 {seq}）在 {path} 处没有文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>{path} is in the letters archive but no letter refers to it.</source>
      <comment>letter.archive_unrecorded</comment>
      <translation>{path} 在函件存档中，但没有任何函件引用它。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>the last letter to {customer} was level {level} on {sent_on}</source>
      <comment>letter.last_sent</comment>
      <translation>上一封发给 {customer} 的函件是 {sent_on} 的第 {level} 级</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The ledger has no company name for the letterhead; set the company details first.</source>
      <comment>letter.no_company</comment>
      <translation>台账中没有用于信头的公司名称；请先设置公司信息。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The letterhead logo {logo} does not exist; fix the company details.</source>
      <comment>letter.no_logo</comment>
      <translation>信头标志 {logo} 不存在；请修正公司信息。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>The letter to {customer} was not recorded; nothing was archived.</source>
      <comment>letter.not_recorded</comment>
      <translation>发给 {customer} 的函件未被记录；未存档任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>Nothing is overdue for {customer} on {on}, so there is no letter to send.</source>
      <comment>letter.nothing_overdue</comment>
      <translation>{customer} 在 {on} 没有逾期款项，因此没有要发送的函件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>nothing has been sent to {customer} yet</source>
      <comment>letter.nothing_sent_yet</comment>
      <translation>尚未向 {customer} 发送过任何函件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>{customer} has nothing overdue and undisputed on {on} that a letter could claim.</source>
      <comment>letter.nothing_to_claim</comment>
      <translation>{customer} 在 {on} 没有可由函件追讨的逾期且无争议的款项。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The page size setting is '{size}'; use A4 or Letter.</source>
      <comment>letter.page_size</comment>
      <translation>页面尺寸设置为“{size}”；请使用 A4 或 Letter。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_document.py" />
      <source>A level {level} letter would skip a level: {before}, so the next is level {highest} at most.</source>
      <comment>letter.skips_level</comment>
      <translation>第 {level} 级函件会跳过一级：{before}，因此下一封最高为第 {highest} 级。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>{warnings} No letter was sent: update the rate tables, or acknowledge that the last known rates are used and send the batch anyway.</source>
      <comment>letter.stale_rates</comment>
      <translation>{warnings}未发出任何函件：请更新利率表，或确认使用最后已知的利率后仍发送这一批。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>Could not write {out}: {reason}.</source>
      <comment>letter.write_failed</comment>
      <translation>无法写入 {out}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letterhead.py" />
      <source>The letter was recorded and archived at {archived}, but could not write {out}: {reason}.</source>
      <comment>letter.write_failed_archived</comment>
      <translation>函件已记录并存档于 {archived}，但无法写入 {out}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>nothing</source>
      <comment>letters.claimed_nothing</comment>
      <translation>无</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/letter_archive.py" />
      <source>{customer} {name}: level {level}{level_name}, {n} invoice, {claimed} claimed{reply}{how}</source>
      <comment>letters.summary</comment>
      <extracomment>{customer} {name}: level {level}{level_name}, {n} invoices, {claimed} claimed{reply}{how}</extracomment>
      <translation>
        <numerusform>{customer} {name}：第 {level} 级{level_name}，{n} 张发票，主张 {claimed}{reply}{how}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>; emailed to {recipients}</source>
      <comment>letters.summary.emailed</comment>
      <translation>；已通过电子邮件发送至 {recipients}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source> ({name})</source>
      <comment>letters.summary.level_name</comment>
      <translation>（{name}）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_archive.py" />
      <source>, reply by {date}</source>
      <comment>letters.summary.reply_by</comment>
      <translation>，答复期限 {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>{path} already exists; choose another file name (arledger never overwrites a ledger).</source>
      <comment>lifecycle.ledger_exists</comment>
      <translation>{path} 已存在；请另选文件名（arledger 从不覆盖台账）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/lifecycle.py" />
      <source>'{jurisdiction}' is not a jurisdiction; use one of {value}.</source>
      <comment>lifecycle.unknown_jurisdiction</comment>
      <translation>“{jurisdiction}”不是司法辖区；请使用以下之一：{value}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) from the due date {due}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.due</comment>
      <translation>{years} 年诉讼时效（{law}），自到期日 {due} 起算{pause}；{limit} 之后的请求已过时效。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) restarted by the {kind} of {on}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.restarted</comment>
      <translation>{years} 年诉讼时效（{law}），因 {on} 的{kind}重新起算{pause}；{limit} 之后的请求已过时效。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) had run, but the debtor's {kind} of {on} revived the claim (PRC Civil Code Art. 192(2)); claims are barred after {limit}.</source>
      <comment>limitation.basis.revived</comment>
      <translation>{years} 年诉讼时效（{law}）已届满，但债务人 {on} 的{kind}使请求恢复（《中华人民共和国民法典》第一百九十二条第二款）；{limit} 之后的请求已过时效。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/limitation.py" />
      <source> and suspended for {n} day of negotiations (BGB §203)</source>
      <comment>limitation.basis.suspended</comment>
      <extracomment> and suspended for {n} days of negotiations (BGB §203)</extracomment>
      <translation>
        <numerusform>，并因协商中止 {n} 天（德国民法典第 203 条）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>{years}-year limitation period ({law}) from the end of {year}{pause}; claims are barred after {limit}.</source>
      <comment>limitation.basis.year_end</comment>
      <translation>{years} 年诉讼时效（{law}），自 {year} 年年底起算{pause}；{limit} 之后的请求已过时效。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>acknowledgment</source>
      <comment>limitation.event.acknowledgment</comment>
      <translation>承认债务</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>demand delivered</source>
      <comment>limitation.event.demand_delivered</comment>
      <translation>催告送达</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>negotiation end</source>
      <comment>limitation.event.negotiation_end</comment>
      <translation>协商结束</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>negotiation start</source>
      <comment>limitation.event.negotiation_start</comment>
      <translation>协商开始</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>part payment</source>
      <comment>limitation.event.part_payment</comment>
      <translation>部分付款</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>promise</source>
      <comment>limitation.event.promise</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>suit</source>
      <comment>limitation.event.suit</comment>
      <translation>起诉</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>PRC Civil Code Art. 188 and 195</source>
      <comment>limitation.law.cn</comment>
      <translation>《中华人民共和国民法典》第一百八十八条、第一百九十五条</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>BGB §§195, 199 and 212</source>
      <comment>limitation.law.de</comment>
      <translation>德国民法典（BGB）第 195、199、212 条</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>the ledger's default limitation rule</source>
      <comment>limitation.law.generic</comment>
      <translation>台账的默认诉讼时效规则</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>Limitation Act 1980 s. 5 and 29</source>
      <comment>limitation.law.uk</comment>
      <translation>英国《1980 年时效法》（Limitation Act 1980）第 5、29 条</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>letter {letter} (evidence event {record}) delivered; event {event}</source>
      <comment>limitation.note.letter_delivered</comment>
      <translation>信函 {letter}（证据事件 {record}）已送达；事件 {event}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>notice {notice} (evidence event {record}) delivered; event {event}</source>
      <comment>limitation.note.notice_delivered</comment>
      <translation>通知 {notice}（证据事件 {record}）已送达；事件 {event}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>The default limitation period must be at least one year.</source>
      <comment>limitation.short_period</comment>
      <translation>默认诉讼时效期间至少为一年。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>'{kind}' is not a limitation event; use one of {kinds}.</source>
      <comment>limitation.unknown_event</comment>
      <translation>'{kind}' 不是诉讼时效事件；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/limitations.py" />
      <source>'{kind}' is not a limitation event; use {kinds}.</source>
      <comment>limitation.unknown_kind</comment>
      <translation>“{kind}”不是诉讼时效事件；请使用 {kinds}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/limitation.py" />
      <source>'{rule}' is not a limitation rule; use cn, uk, de, eu, us or generic.</source>
      <comment>limitation.unknown_rule</comment>
      <translation>'{rule}' 不是诉讼时效规则；请使用 cn、uk、de、eu、us 或 generic。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{code}' is not a three-letter ISO currency code.</source>
      <comment>money.bad_currency</comment>
      <translation>'{code}' 不是三位字母的 ISO 货币代码。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>The amount is empty.</source>
      <comment>money.empty</comment>
      <translation>金额为空。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is not an amount; write it like 1234.56.</source>
      <comment>money.malformed</comment>
      <translation>'{text}' 不是金额；请写成类似 1234.56 的格式。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>Cannot combine {first} and {second} amounts.</source>
      <comment>money.mixed_currencies</comment>
      <translation>不能将 {first} 与 {second} 金额相加减。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is negative; amounts must be zero or more.</source>
      <comment>money.negative</comment>
      <translation>'{text}' 为负数；金额必须大于或等于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is not an amount.</source>
      <comment>money.not_amount</comment>
      <translation>'{text}' 不是金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' is too large for the ledger.</source>
      <comment>money.too_large</comment>
      <translation>'{text}' 对台账而言过大。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>'{text}' has more decimals than {currency} allows ({places}).</source>
      <comment>money.too_many_decimals</comment>
      <translation>'{text}' 的小数位数超过 {currency} 允许的位数（{places}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/money.py" />
      <source>The amount must be more than zero.</source>
      <comment>money.zero</comment>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Promise {promise_id} was already confirmed on {sent_on} (evidence event {evidence_seq}).</source>
      <comment>notice.already_confirmed</comment>
      <translation>付款承诺 {promise_id} 已于 {sent_on} 确认（证据事件 {evidence_seq}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is already recorded as delivered on {on}.</source>
      <comment>notice.already_delivered</comment>
      <translation>通知 {notice_id} 已记录为于 {on} 送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Promise {promise_id} was made on {promised_on}; it cannot be confirmed on {day}.</source>
      <comment>notice.confirm_before_promise</comment>
      <translation>付款承诺 {promise_id} 作出于 {promised_on}；不能在 {day} 确认。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Courtesy reminders are off; set escalation_policy courtesy_reminder_days to turn them on.</source>
      <comment>notice.courtesy_off</comment>
      <translation>礼貌提醒已关闭；设置 escalation_policy courtesy_reminder_days 即可开启。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is dated {sent_on}; it cannot have been delivered on {on}.</source>
      <comment>notice.delivered_before_notice</comment>
      <translation>通知 {notice_id} 的日期为 {sent_on}，不可能在 {on} 送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>A delivery note has at most 500 characters.</source>
      <comment>notice.delivery_note_too_long</comment>
      <translation>送达备注最多 500 个字符。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>promise confirmation</source>
      <comment>notice.kind_promise_confirmation</comment>
      <translation>付款承诺确认函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>repayment agreement</source>
      <comment>notice.kind_repayment_agreement</comment>
      <translation>还款协议</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>A {kind} needs the promise or plan it is about.</source>
      <comment>notice.needs_subject</comment>
      <translation>{kind}需要指明所涉及的付款承诺或分期计划。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no instalment plan {plan_id}.</source>
      <comment>notice.no_plan</comment>
      <translation>没有分期计划 {plan_id}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no promise {promise_id}.</source>
      <comment>notice.no_promise</comment>
      <translation>没有付款承诺 {promise_id}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>No notice of this kind ({kind}) has been sent to {customer} yet.</source>
      <comment>notice.none_sent</comment>
      <translation>尚未向 {customer} 发出此类通知（{kind}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>No notice has been sent to {customer} yet.</source>
      <comment>notice.none_sent_any</comment>
      <translation>尚未向 {customer} 发出任何通知。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{customer_code} has not paid in full on {on} (or part was written off); a thank-you is sent once everything is paid.</source>
      <comment>notice.not_paid_in_full</comment>
      <translation>{customer_code} 在 {on} 尚未全额付款（或部分已核销）；全部付清后才发送感谢信。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} has no record of being posted; record the posting first.</source>
      <comment>notice.not_posted</comment>
      <translation>通知 {notice_id} 没有寄送记录；请先记录寄送。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{code} has no invoice falling due in the next {days} days that a courtesy reminder has not named yet.</source>
      <comment>notice.nothing_falling_due</comment>
      <translation>{code} 在未来 {days} 天内没有尚未被礼貌提醒提及的到期发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>{customer_code} has had no letter since the last thank-you (or none at all); there is nothing to thank them for in writing.</source>
      <comment>notice.nothing_to_thank</comment>
      <translation>自上次感谢信以来（或从未）未向 {customer_code} 发送过信函；没有需要书面致谢的事项。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>The archived PDF of notice {notice_id} does not match its recorded SHA-256.</source>
      <comment>notice.pdf_hash_differs</comment>
      <translation>通知 {notice_id} 的存档 PDF 与记录的 SHA-256 值不符。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>The archived PDF of notice {notice_id} is missing ({path}).</source>
      <comment>notice.pdf_missing</comment>
      <translation>通知 {notice_id} 的存档 PDF 缺失（{path}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>Notice {notice_id} is dated {sent_on}; it cannot have been posted on {day}.</source>
      <comment>notice.posted_before_notice</comment>
      <translation>通知 {notice_id} 的日期为 {sent_on}，不可能在 {day} 寄出。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>There is no notice {notice_id}.</source>
      <comment>notice.unknown</comment>
      <translation>没有编号为 {notice_id} 的通知。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/notices.py" />
      <source>'{kind}' is not a kind of notice; use {kinds}.</source>
      <comment>notice.unknown_kind</comment>
      <translation>'{kind}' 不是通知类型；可用：{kinds}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is inside the ledger's own folder {folder}</source>
      <comment>output.in_files_dir</comment>
      <translation>它位于台账自身的文件夹 {folder} 内</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is inside the folder that keeps the evidence chain's witness files</source>
      <comment>output.in_witness_dir</comment>
      <translation>它位于保存证据链见证文件的文件夹内</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{folder} cannot be used for {what}: it is inside the ledger's own folder {files_dir}; nothing was written, choose another folder.</source>
      <comment>output.inside_ledger</comment>
      <translation>{folder} 不能用于{what}：它位于台账自身的文件夹 {files_dir} 内；未写入任何内容，请另选文件夹。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is a backup of the ledger</source>
      <comment>output.is_backup</comment>
      <translation>它是台账的备份</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is a database file (perhaps another ledger)</source>
      <comment>output.is_database</comment>
      <translation>它是数据库文件（可能是另一个台账）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is the ledger itself</source>
      <comment>output.is_ledger</comment>
      <translation>它就是台账本身</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>it is the ledger's {kind} file</source>
      <comment>output.is_side_file</comment>
      <translation>它是台账的 {kind} 文件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{folder} cannot be used for {what}: it is a file, not a folder.</source>
      <comment>output.not_a_folder</comment>
      <translation>{folder} 不能用于{what}：它是文件，不是文件夹。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>{target} cannot be used for {what}: {reason}; nothing was written, choose another file.</source>
      <comment>output.unusable_file</comment>
      <translation>{target} 不能用于{what}：{reason}；未写入任何内容，请另选文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>a letter</source>
      <comment>output.what_a_letter</comment>
      <translation>一封信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/backup.py" />
      <source>the backup</source>
      <comment>output.what_backup</comment>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>the combined letters</source>
      <comment>output.what_combined_letters</comment>
      <translation>合并的信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the copy</source>
      <comment>output.what_copy</comment>
      <translation>副本</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letters.py" />
      <source>the letter</source>
      <comment>output.what_letter</comment>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>the letters</source>
      <comment>output.what_letters</comment>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the output</source>
      <comment>output.what_output</comment>
      <translation>输出</translation>
    </message>
    <message>
      <location filename="../../arledger/services/statements.py" />
      <source>the statement</source>
      <comment>output.what_statement</comment>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>the workbook</source>
      <comment>output.what_workbook</comment>
      <translation>工作簿</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Index</source>
      <comment>pack.index</comment>
      <translation>目录</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>No.</source>
      <comment>pack.index.no</comment>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Page</source>
      <comment>pack.index.page</comment>
      <translation>起始页</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Pages</source>
      <comment>pack.index.pages</comment>
      <translation>页数</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Part</source>
      <comment>pack.index.part</comment>
      <translation>部分</translation>
    </message>
    <message>
      <location filename="../../arledger/render/casefile.py" />
      <source>Pack page {n} of {total}</source>
      <comment>pack.page</comment>
      <translation>资料包第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>The file resources/{file} is missing from this installation of arledger; reinstall arledger</source>
      <comment>paths.file_missing</comment>
      <translation>此 arledger 安装中缺少文件 resources/{file}；请重新安装 arledger</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>No {pattern} files are in resources/{folder} of this installation of arledger; reinstall arledger</source>
      <comment>paths.files_missing</comment>
      <translation>此 arledger 安装的 resources/{folder} 中没有 {pattern} 文件；请重新安装 arledger</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>arledger's {folder} folder (package {package}) is missing from this installation; reinstall arledger</source>
      <comment>paths.folder_missing</comment>
      <translation>此安装中缺少 arledger 的 {folder} 文件夹（包 {package}）；请重新安装 arledger</translation>
    </message>
    <message>
      <location filename="../../arledger/paths.py" />
      <source>{problem} (looked for {path}).</source>
      <comment>paths.looked_for</comment>
      <translation>{problem}（查找位置：{path}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>bank transfer</source>
      <comment>payment.method.bank_transfer</comment>
      <translation>银行转账</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>card</source>
      <comment>payment.method.card</comment>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>cash</source>
      <comment>payment.method.cash</comment>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>cheque</source>
      <comment>payment.method.cheque</comment>
      <translation>支票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/cases.py" />
      <source>The period ends ({end}) before it starts ({start}).</source>
      <comment>period.ends_before_start</comment>
      <translation>期间结束日（{end}）早于开始日（{start}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>broken</source>
      <comment>plan.status.broken</comment>
      <translation>已违约</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>completed</source>
      <comment>plan.status.completed</comment>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>on track</source>
      <comment>plan.status.on_track</comment>
      <translation>按期履行</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The setting letters.allow_first_formal is '{allow}'; use true or false.</source>
      <comment>policy.bad_allow_first_formal</comment>
      <translation>设置 letters.allow_first_formal 的值为“{allow}”；请使用 true 或 false。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The contact policy is not valid ({reason}).</source>
      <comment>policy.bad_contact_policy</comment>
      <translation>联系规则无效（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/policy.py" />
      <source>The escalation policy is not valid ({reason}).</source>
      <comment>policy.bad_escalation_policy</comment>
      <translation>升级规则无效（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>Copies must be from 1 to 99.</source>
      <comment>printing.bad_copies</comment>
      <translation>份数必须在 1 到 99 之间。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The printer refused the job: {value}.</source>
      <comment>printing.job_refused</comment>
      <translation>打印机拒绝了该任务：{value}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The printer refused the job without giving a reason.</source>
      <comment>printing.job_refused_silently</comment>
      <translation>打印机拒绝了该作业，未说明原因。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>No print system (CUPS) was found on this computer; save the PDF and print it from your PDF reader.</source>
      <comment>printing.no_cups</comment>
      <translation>此计算机上未找到打印系统（CUPS）；请保存 PDF 并用 PDF 阅读器打印。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>{path_name} is not a PDF file.</source>
      <comment>printing.not_pdf</comment>
      <translation>{path_name} 不是 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The print system could not be started ({reason}).</source>
      <comment>printing.not_started</comment>
      <translation>无法启动打印系统（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/printing.py" />
      <source>The print system did not answer in time; nothing was printed.</source>
      <comment>printing.timeout</comment>
      <translation>打印系统未及时响应；未打印任何内容。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>The promised date {due} is before the day the promise was made ({promised_on}).</source>
      <comment>promise.due_before_made</comment>
      <translation>承诺付款日期 {due} 早于作出承诺的日期（{promised_on}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Invoice {number} is already settled; a promise cannot cover it.</source>
      <comment>promise.invoice_settled</comment>
      <translation>发票 {number} 已结清；付款承诺不能包含它。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>A promise covers invoices of one currency; record one promise per currency.</source>
      <comment>promise.mixed_currencies</comment>
      <translation>一项付款承诺只包含同一币种的发票；请按币种分别记录付款承诺。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>The first instalment ({first}) is before the plan was agreed ({agreed_on}).</source>
      <comment>promise.plan_before_agreed</comment>
      <translation>第一期（{first}）早于分期计划的约定日期（{agreed_on}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Instalment dates must be in order, one instalment a day at most.</source>
      <comment>promise.plan_dates_order</comment>
      <translation>分期日期必须按先后顺序排列，每天最多一期。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>An instalment plan needs at least one dated amount.</source>
      <comment>promise.plan_empty</comment>
      <translation>分期计划至少需要一笔带日期的金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>Every instalment must be for more than zero.</source>
      <comment>promise.plan_instalment_zero</comment>
      <translation>每一期金额都必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>broken</source>
      <comment>promise.status.broken</comment>
      <translation>未兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>kept</source>
      <comment>promise.status.kept</comment>
      <translation>已兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>partly kept</source>
      <comment>promise.status.partly_kept</comment>
      <translation>部分兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>pending</source>
      <comment>promise.status.pending</comment>
      <translation>待兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/services/promises.py" />
      <source>A promise must be for more than zero.</source>
      <comment>promise.zero</comment>
      <translation>付款承诺的金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Nothing of {promised} paid by {deadline}.</source>
      <comment>promises.broken</comment>
      <translation>截至 {deadline}，{promised} 分文未付。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {promised} paid by {deadline}.</source>
      <comment>promises.kept</comment>
      <translation>截至 {deadline} 已付 {paid}（承诺 {promised}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>The promise grace period cannot be negative.</source>
      <comment>promises.negative_grace</comment>
      <translation>付款承诺的宽限期不能为负。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Only {paid} of {promised} paid by {deadline}.</source>
      <comment>promises.partly_kept</comment>
      <translation>截至 {deadline} 仅付 {paid}（承诺 {promised}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {promised} paid so far; the promise runs until {deadline}.</source>
      <comment>promises.pending</comment>
      <translation>目前已付 {paid}（承诺 {promised}）；承诺期限至 {deadline}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Instalment {number} of {amount} due {due} was not paid by {deadline}, so the plan is broken.</source>
      <comment>promises.plan_broken</comment>
      <translation>第 {number} 期 {amount}（{due} 到期）截至 {deadline} 未付，分期计划已违约。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>Instalment {number} of {amount} due {due} was only partly paid by {deadline}, so the plan is broken.</source>
      <comment>promises.plan_broken_partly</comment>
      <translation>第 {number} 期 {amount}（{due} 到期）截至 {deadline} 仅部分支付，分期计划已违约。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/promises.py" />
      <source>The {n} instalment was paid on time.</source>
      <comment>promises.plan_completed</comment>
      <extracomment>All {n} instalments were paid on time.</extracomment>
      <translation>
        <numerusform>全部 {n} 期均按时付清。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>An instalment plan needs at least one instalment.</source>
      <comment>promises.plan_empty</comment>
      <translation>分期计划至少需要一期。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/promises.py" />
      <source>The instalments given do not belong to one instalment plan.</source>
      <comment>promises.plan_mixed</comment>
      <translation>所给的各期不属于同一个分期计划。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/promises.py" />
      <source>{paid} of {n} instalment paid; the next is due {next_due}.</source>
      <comment>promises.plan_on_track</comment>
      <extracomment>{paid} of {n} instalments paid; the next is due {next_due}.</extracomment>
      <translation>
        <numerusform>共 {n} 期，已付 {paid} 期；下一期于 {next_due} 到期。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Call about {amount} up to {days} days overdue ({since}); ask for a dated promise.</source>
      <comment>queue.call</comment>
      <translation>就逾期最长 {days} 天的 {amount} 致电（{since}）；请对方给出具体付款日期。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Promise {promise} (recorded {recorded}) has no written confirmation: send one with 'arledger letters confirm-promise --promise {promise}'.</source>
      <comment>queue.confirm_promise</comment>
      <translation>付款承诺 {promise}（{recorded} 记录）尚无书面确认：请用 'arledger letters confirm-promise --promise {promise}' 发送确认函。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Letter {letter} was posted on {posted} ({method}{tracking}) and has no delivery record: check the tracking and record the delivery.</source>
      <comment>queue.delivery</comment>
      <translation>函件 {letter} 已于 {posted} 寄出（{method}{tracking}），但没有送达记录：请查询物流并记录送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Escalate: {reason} Options: {options}.</source>
      <comment>queue.escalate</comment>
      <translation>升级处理：{reason} 可选措施：{options}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>broken promise</source>
      <comment>queue.kind.broken_promise</comment>
      <translation>承诺未兑现</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>call</source>
      <comment>queue.kind.call</comment>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>confirm promise</source>
      <comment>queue.kind.confirm_promise</comment>
      <translation>确认承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>delivery</source>
      <comment>queue.kind.delivery</comment>
      <translation>送达</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>escalation</source>
      <comment>queue.kind.escalation</comment>
      <translation>升级</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>letter</source>
      <comment>queue.kind.letter</comment>
      <translation>信函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>limitation</source>
      <comment>queue.kind.limitation</comment>
      <translation>诉讼时效</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>promise check</source>
      <comment>queue.kind.promise_check</comment>
      <translation>核对承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>task</source>
      <comment>queue.kind.task</comment>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>last contact {on}</source>
      <comment>queue.last_contact</comment>
      <translation>上次联系 {on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Send level {level} ({name}): {reasons}</source>
      <comment>queue.letter</comment>
      <translation>发送 {level} 级函件（{name}）：{reasons}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>{invoice} becomes time-barred on {on} ({days} days): obtain a signed acknowledgment or payment, or start proceedings.</source>
      <comment>queue.limitation</comment>
      <translation>{invoice} 将于 {on} 过诉讼时效（还剩 {days} 天）：请取得签字的债务确认或付款，或提起诉讼。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>never contacted</source>
      <comment>queue.never_contacted</comment>
      <translation>从未联系</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>There is no open task {task}.</source>
      <comment>queue.no_task</comment>
      <translation>没有未完成的任务 {task}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>The {kind} (notice {notice}) was posted on {posted} ({method}{tracking}) and has no delivery record: check the tracking and record the delivery.</source>
      <comment>queue.notice_delivery</comment>
      <translation>{kind}（通知函 {notice}）已于 {posted} 寄出（{method}{tracking}），但没有送达记录：请查询物流并记录送达。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>courtesy reminder</source>
      <comment>queue.notice_kind.courtesy</comment>
      <translation>到期提醒</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>thank-you letter</source>
      <comment>queue.notice_kind.thank_you</comment>
      <translation>感谢函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Broken: {reason}</source>
      <comment>queue.promise_broken</comment>
      <translation>承诺未兑现：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Check the promise of {amount} due {due}: {reason}</source>
      <comment>queue.promise_check</comment>
      <translation>核对 {due} 到期的 {amount} 付款承诺：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/queue.py" />
      <source>Partly kept: {reason}</source>
      <comment>queue.promise_partly_kept</comment>
      <translation>部分兑现：{reason}</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/dispatch.py" />
      <source>, tracking {tracking}</source>
      <comment>queue.tracking</comment>
      <translation>，运单号 {tracking}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' starts on {start}; it has no rate for {day}.</source>
      <comment>rates.before_start</comment>
      <translation>利率表“{name}”始于 {start}；没有 {day} 的利率。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' has no entries.</source>
      <comment>rates.empty</comment>
      <translation>利率表“{name}”没有任何条目。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: '{text}' is not a date like 2025-01-31.</source>
      <comment>rates.file.bad_date</comment>
      <translation>{file} 第 {line} 行：'{text}' 不是类似 2025-01-31 的日期。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: expected 'effective_date,rate_percent'.</source>
      <comment>rates.file.bad_line</comment>
      <translation>{file} 第 {line} 行：应为 'effective_date,rate_percent'。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file} line {line}: '{text}' is not a rate in percent.</source>
      <comment>rates.file.bad_rate</comment>
      <translation>{file} 第 {line} 行：'{text}' 不是百分比利率。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file}: the rate table has no entries.</source>
      <comment>rates.file.empty</comment>
      <translation>{file}：利率表没有任何条目。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>{file}: the date {day} is listed twice.</source>
      <comment>rates.file.twice</comment>
      <translation>{file}：日期 {day} 出现了两次。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>BoE base</source>
      <comment>rates.label.boe_base_rate</comment>
      <translation>英格兰银行基准利率</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>LPR 1y</source>
      <comment>rates.label.cn_lpr_1y</comment>
      <translation>一年期贷款市场报价利率（LPR）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>Basiszinssatz</source>
      <comment>rates.label.de_basiszins</comment>
      <translation>德国基准利率（Basiszinssatz）</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>ECB MRO</source>
      <comment>rates.label.ecb_mro</comment>
      <translation>欧洲央行主要再融资利率</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The rate table '{name}' must list each date once, oldest first.</source>
      <comment>rates.order</comment>
      <translation>利率表“{name}”中每个日期只能出现一次，并按从早到晚排列。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/rates.py" />
      <source>The {label} rate table ends with {rate} from {effective}; that rate was assumed for {day} -- update the '{name}' table.</source>
      <comment>rates.stale</comment>
      <translation>{label} 利率表的最后一项为自 {effective} 起的 {rate}；{day} 的利率按此假定——请更新“{name}”利率表。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reasons.py" />
      <source>Choose a period of at most 36 months for the reasons trend.</source>
      <comment>reason.period_too_long</comment>
      <translation>原因趋势的期间最长为 36 个月。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>The {name} {label} was already reversed on {reversed_on}.</source>
      <comment>reversal.already_reversed</comment>
      <translation>{name} {label} 已于 {reversed_on} 冲销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} was already voided.</source>
      <comment>reversal.already_voided</comment>
      <translation>发票 {number} 已作废。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>'{ref}' is not a {names} number; give the id shown in the customer's history.</source>
      <comment>reversal.bad_ref</comment>
      <translation>“{ref}”不是{names}编号；请填写客户历史中显示的 ID。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>'{ref}' is not a refund number; give the id shown in the customer's history.</source>
      <comment>reversal.bad_refund_ref</comment>
      <translation>“{ref}”不是退款编号；请填写客户历史中显示的 ID。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} has payments, credit notes or write-offs applied; reverse those first, or give a credit note instead of voiding it.</source>
      <comment>reversal.invoice_settled</comment>
      <translation>发票 {number} 已有付款、贷项通知单或核销；请先冲销这些条目，或开具贷项通知单而不是作废。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Part of the {name} {label} was refunded; it cannot be reversed.</source>
      <comment>reversal.partly_refunded</comment>
      <translation>{name} {label} 已部分退款；不能冲销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>A reversal needs a reason (say why the entry was wrong).</source>
      <comment>reversal.reason_missing</comment>
      <translation>冲销需要说明理由（说明该条目为何有误）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Refund {id} was already reversed on {reversed_on}.</source>
      <comment>reversal.refund_already_reversed</comment>
      <translation>退款 {id} 已于 {reversed_on} 冲销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Refund {id} was made on {date}; it cannot be reversed before that.</source>
      <comment>reversal.refund_too_early</comment>
      <translation>退款 {id} 记录于 {date}；不能在该日之前冲销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>The {name} {label} cannot be reversed on {on}: it stands in the ledger until {earliest}; reverse it on that day or later.</source>
      <comment>reversal.too_early</comment>
      <translation>{name} {label} 不能在 {on} 冲销：它在台账中一直有效至 {earliest}；请在该日或之后冲销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no credit note numbered '{ref}'.</source>
      <comment>reversal.unknown_credit_note</comment>
      <translation>没有编号为“{ref}”的贷项通知单。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no {names} {ref}.</source>
      <comment>reversal.unknown_entry</comment>
      <translation>没有{names} {ref}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>There is no refund {ref}.</source>
      <comment>reversal.unknown_refund</comment>
      <translation>没有退款 {ref}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} was issued on {issue_date}; it cannot be voided before that.</source>
      <comment>reversal.void_before_issue</comment>
      <translation>发票 {number} 开具于 {issue_date}；不能在此之前作废。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>Invoice {number} had settlements until {last}; void it on that day or later.</source>
      <comment>reversal.void_before_settlements</comment>
      <translation>发票 {number} 的结算一直持续到 {last}；请在该日或之后作废。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>high</source>
      <comment>risk.level.high</comment>
      <translation>高</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>watch</source>
      <comment>risk.level.watch</comment>
      <translation>关注</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} broken promise ({level}: from {threshold}).</source>
      <comment>risk.reason.broken_promises</comment>
      <extracomment>{n} broken promises ({level}: from {threshold}).</extracomment>
      <translation>
        <numerusform>{n} 次承诺付款未兑现（{level}：自 {threshold} 起）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Uses {value}% of the credit limit ({level}: from {threshold}).</source>
      <comment>risk.reason.credit_use</comment>
      <translation>已使用信用额度的 {value}%（{level}：自 {threshold} 起）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Pays {value} days late on average ({level}: from {threshold}).</source>
      <comment>risk.reason.days_late</comment>
      <translation>平均逾期 {value} 天付款（{level}：自 {threshold} 起）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>{value}% of the open balance is overdue ({level}: from {threshold}).</source>
      <comment>risk.reason.overdue_share</comment>
      <translation>未结余额中 {value}% 已逾期（{level}：自 {threshold} 起）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} promise to pay broken recently.</source>
      <comment>risk.warning.broken_promise</comment>
      <extracomment>{n} promises to pay broken recently.</extracomment>
      <translation>
        <numerusform>近期有 {n} 次承诺付款未兑现。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Nobody reached for {days} days despite {attempts} attempts.</source>
      <comment>risk.warning.contact_lost</comment>
      <translation>已 {days} 天未能联系上任何人，尽管尝试了 {attempts} 次。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Nobody reached yet despite {attempts} attempts.</source>
      <comment>risk.warning.contact_lost_never</comment>
      <translation>尚未联系上任何人，尽管尝试了 {attempts} 次。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Credit use jumped from {before}% to {now}% of the limit.</source>
      <comment>risk.warning.credit_jump</comment>
      <translation>信用额度使用率从 {before}% 跃升至 {now}%。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/domain/kpi.py" />
      <source>{n} new dispute opened.</source>
      <comment>risk.warning.new_dispute</comment>
      <extracomment>{n} new disputes opened.</extracomment>
      <translation>
        <numerusform>新提出 {n} 项争议。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/domain/kpi.py" />
      <source>Payments are getting later: {recent} days late on average, up from {earlier}.</source>
      <comment>risk.warning.payments_later</comment>
      <translation>付款越来越晚：平均逾期 {recent} 天，此前为 {earlier} 天。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>default_currency must be a three-letter currency code such as GBP.</source>
      <comment>settings.bad_currency</comment>
      <translation>default_currency 必须是三个字母的货币代码，例如 CNY。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{found}; the setting was left as it was.</source>
      <comment>settings.bad_value</comment>
      <translation>{found}；该设置保持不变。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>aging.boundaries must be a list of one to twelve day counts, e.g. [30, 90, 180]</source>
      <comment>settings.boundaries_count</comment>
      <translation>aging.boundaries 必须是包含 1 到 12 个天数的列表，例如 [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>aging.boundaries must rise from one boundary to the next, e.g. [30, 90, 180]</source>
      <comment>settings.boundaries_order</comment>
      <translation>aging.boundaries 必须逐个递增，例如 [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company address must be text or a list of at most 12 lines of text</source>
      <comment>settings.company_address</comment>
      <translation>company address 必须是文本或最多 12 行文本的列表</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company bank must be a JSON object with {keys}; got {value}</source>
      <comment>settings.company_bank</comment>
      <translation>company bank 必须是包含 {keys} 的 JSON 对象；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company bank {key}</source>
      <comment>settings.company_bank_key</comment>
      <translation>company bank 的 {key}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>company must be a JSON object, e.g. {{"name": "...", "address": "..."}}</source>
      <comment>settings.company_not_object</comment>
      <translation>company 必须是 JSON 对象，例如 {{"name": "...", "address": "..."}}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>default aging buckets, e.g. [30, 90, 180]</source>
      <comment>settings.help.aging_boundaries</comment>
      <translation>默认账龄分段，例如 [30, 90, 180]</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>daily automatic backups the app keeps beside the ledger (default 7; 0 for none)</source>
      <comment>settings.help.backups_keep</comment>
      <translation>程序在台账旁保留的每日自动备份数（默认 7；0 为不保留）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>letterhead: name, address, registration, email, phone, contact_person, logo, bank {account_name, iban, bic, bank_name}</source>
      <comment>settings.help.company</comment>
      <translation>信头：name, address, registration, email, phone, contact_person, logo, bank {account_name, iban, bic, bank_name}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>contact guards: hours_start, hours_end (HH:MM), max_calls, call_window_days, conversation_pause_days</source>
      <comment>settings.help.contact_policy</comment>
      <translation>联系规则：hours_start, hours_end（HH:MM）, max_calls, call_window_days, conversation_pause_days</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>currency for new customers, e.g. GBP (default EUR)</source>
      <comment>settings.help.default_currency</comment>
      <translation>新客户的币种，例如 GBP（默认 EUR）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>rule pack for new customers: uk, eu, de, cn, us or generic</source>
      <comment>settings.help.default_jurisdiction</comment>
      <translation>新客户的规则包：uk、eu、de、cn、us 或 generic</translation>
    </message>
    <message>
      <location filename="../../arledger/services/dispatch.py" />
      <source>SMTP for sending letters: host, port, security (starttls, tls or none), user, from, reply_to, bcc_self (true/false), timeout (seconds); the password is kept in the system keyring ('arledger email password')</source>
      <comment>settings.help.email</comment>
      <translation>发送函件所用的 SMTP：host, port, security（starttls、tls 或 none）, user, from, reply_to, bcc_self（true/false）, timeout（秒）；密码保存在系统密钥环中（'arledger email password'）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>letter ladder: levels [{level, name, days_after_due, reply_days, reply_days_individual_ew}], min_gap_days, min_amount (minor units), escalation_grace_days</source>
      <comment>settings.help.escalation_policy</comment>
      <translation>催款级别：levels [{level, name, days_after_due, reply_days, reply_days_individual_ew}], min_gap_days, min_amount（最小货币单位）, escalation_grace_days</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>a second folder (USB stick, synced folder) that keeps a copy of each chain head, besides the user data directory</source>
      <comment>settings.help.evidence_witness_folder</comment>
      <translation>第二个文件夹（U 盘、同步文件夹），在用户数据目录之外保存每个链头的副本</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>true: after importing payments or credit notes, apply unapplied credit to open invoices oldest first (default false)</source>
      <comment>settings.help.imports_apply_credit</comment>
      <translation>true：导入付款或贷项通知后，将未核销的余额按从旧到新冲抵未结发票（默认 false）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>true: the first letter to a customer may be a formal demand (level 3) for a very old debt, worded as a first letter; otherwise the ladder starts at level 1 (default false)</source>
      <comment>settings.help.letters_allow_first_formal</comment>
      <translation>true：对于很久以前的欠款，发给客户的第一封函件可以是正式催款函（3 级），并按首封函件措辞；否则从 1 级开始（默认 false）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days back an invoice paid late may have been paid for a letter run to propose a letter claiming its interest and compensation alone (default 90)</source>
      <comment>settings.help.letters_interest_claim_days</comment>
      <translation>逾期付款的发票在多少天内付清时，函件批次会建议发出仅主张其利息和赔偿的函件（默认 90）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>A4 or Letter</source>
      <comment>settings.help.letters_page_size</comment>
      <translation>A4 或 Letter</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>limitation period for us/eu/generic customers (default 4)</source>
      <comment>settings.help.limitation_generic_years</comment>
      <translation>us/eu/generic 客户的诉讼时效期间（默认 4 年）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days after a promised date before a promise counts as broken (default 3)</source>
      <comment>settings.help.promise_grace_days</comment>
      <translation>承诺日期过后多少天仍未付款才视为违约（默认 3）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>settlement concession (minor units of the offer's currency) from which an approver and reason are required before the offer letter is released</source>
      <comment>settings.help.settlement_approval_threshold</comment>
      <translation>和解让步金额（以报价币种的最小单位计）达到该值时，须有审批人和理由才能发出和解函</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>who is recorded as acting in the evidence log</source>
      <comment>settings.help.user_name</comment>
      <translation>在证据日志中记录为经办人的人员</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>days after posting a letter sent by post is taken as received when no delivery is recorded: German default (BGB § 286) begins on receipt of a reminder (default 3)</source>
      <comment>settings.help.verzug_post_receipt_days</comment>
      <translation>邮寄函件在未记录送达时，寄出后多少天视为已收到：德国规则（BGB 第 286 条）自收到催款函起开始计算（默认 3）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{key} is not valid; it holds {expected}.</source>
      <comment>settings.invalid_expected</comment>
      <translation>{key} 无效；该设置应为：{expected}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>escalation_policy level {n}</source>
      <comment>settings.level</comment>
      <translation>escalation_policy 第 {n} 级</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{level} {key}</source>
      <comment>settings.level_key</comment>
      <translation>{level}的 {key}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>escalation_policy levels must be a list of one to nine levels</source>
      <comment>settings.levels_count</comment>
      <translation>escalation_policy levels 必须是包含 1 到 9 个级别的列表</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be one of {allowed}; got {value}</source>
      <comment>settings.not_choice</comment>
      <translation>{key} 必须是 {allowed} 之一；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>default_currency must be a three-letter currency code such as GBP; got {value}</source>
      <comment>settings.not_currency</comment>
      <translation>default_currency 必须是三位字母的货币代码，例如 GBP；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be true or false</source>
      <comment>settings.not_flag</comment>
      <translation>{key} 必须为 true 或 false</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a JSON object</source>
      <comment>settings.not_object</comment>
      <translation>{key} 必须是 JSON 对象</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be text; got {value}</source>
      <comment>settings.not_text</comment>
      <translation>{key} 必须是文本；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a time like 08:00; got {value}</source>
      <comment>settings.not_time</comment>
      <translation>{key} 必须是类似 08:00 的时间；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be a whole number from {low} to {high}; got {value}</source>
      <comment>settings.not_whole</comment>
      <translation>{key} 必须是 {low} 到 {high} 之间的整数；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} must be from {low} to {high}; got {value}</source>
      <comment>settings.out_of_range</comment>
      <translation>{key} 必须在 {low} 到 {high} 之间；实际为 {value}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} is {length} characters long; at most {limit} are accepted</source>
      <comment>settings.text_too_long</comment>
      <translation>{key} 长 {length} 个字符；最多接受 {limit} 个</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>'{key}' is not a setting; use one of {settings}.</source>
      <comment>settings.unknown_key</comment>
      <translation>“{key}”不是设置项；请使用以下之一：{settings}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings_schema.py" />
      <source>{key} has no setting '{part}'; use {allowed}</source>
      <comment>settings.unknown_part</comment>
      <translation>{key} 没有“{part}”设置；请使用 {allowed}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer_id} is already {outcome_value}.</source>
      <comment>settlement.already_decided</comment>
      <translation>和解方案 {offer_id} 已是 {outcome_value} 状态。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>An approval needs the approver's name and a reason.</source>
      <comment>settlement.approval_incomplete</comment>
      <translation>审批需要审批人姓名和理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>The settlement deadline {deadline} is before the offer ({on}).</source>
      <comment>settlement.deadline_before_offer</comment>
      <translation>和解期限 {deadline} 早于方案提出日（{on}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>The discount ({discount}) is more than the principal claimed ({principal}).</source>
      <comment>settlement.discount_too_large</comment>
      <translation>折让（{discount}）超过了主张的本金（{principal}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Invoice {unknown} is not an overdue invoice of {customer_code} on {on}.</source>
      <comment>settlement.invoice_not_overdue</comment>
      <translation>发票 {unknown} 在 {on} 不是 {customer_code} 的逾期发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Yours faithfully,</source>
      <comment>settlement.letter.closing</comment>
      <translation>此致
敬礼！</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Yours sincerely,</source>
      <comment>settlement.letter.closing_person</comment>
      <translation>此致
敬礼！</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Claimed</source>
      <comment>settlement.letter.col.claimed</comment>
      <translation>主张金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Given up</source>
      <comment>settlement.letter.col.given_up</comment>
      <translation>让步金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>To pay</source>
      <comment>settlement.letter.col.to_pay</comment>
      <translation>应付金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Conditions</source>
      <comment>settlement.letter.conditions</comment>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Date: {on}</source>
      <comment>settlement.letter.date</comment>
      <translation>日期：{on}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>{company} · settlement offer {reference} of {on}</source>
      <comment>settlement.letter.footer</comment>
      <translation>{company} · 和解方案 {reference}（{on}）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Dear Sir or Madam,</source>
      <comment>settlement.letter.greeting</comment>
      <translation>尊敬的客户：</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Dear {name},</source>
      <comment>settlement.letter.greeting_person</comment>
      <translation>尊敬的{name}：</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>If the payment is not received in full by {deadline}, this offer lapses without further notice and the full claim of {claim} stands.</source>
      <comment>settlement.letter.lapse</comment>
      <translation>如我方未能于{deadline}前收到全额付款，本方案即自动失效，无需另行通知，贵方仍须支付全部欠款{claim}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>If the payment is not received in full by {deadline}, this offer lapses without further notice and the full claim of {claim}, with interest continuing to accrue, stands.</source>
      <comment>settlement.letter.lapse_interest</comment>
      <translation>如我方未能于{deadline}前收到全额付款，本方案即自动失效，无需另行通知，贵方仍须支付全部欠款{claim}，利息继续计算。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>To close this matter we offer to settle your account for {amount} instead of the {claim} now claimed, if the payment reaches us by {deadline}.</source>
      <comment>settlement.letter.offer</comment>
      <translation>为了结此事，我方提出：如贵方款项于{deadline}前到达我方，贵方账户以{amount}结清，而非目前主张的{claim}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Pay to: {account}. Reference: {reference}.</source>
      <comment>settlement.letter.pay_to</comment>
      <translation>收款账户：{account}。付款附言：{reference}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Please quote the reference {reference} with your payment.</source>
      <comment>settlement.letter.quote_reference</comment>
      <translation>付款时请在附言中注明 {reference}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Fixed compensation</source>
      <comment>settlement.letter.row.compensation</comment>
      <translation>固定补偿金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Late-payment interest</source>
      <comment>settlement.letter.row.interest</comment>
      <translation>逾期利息</translation>
    </message>
    <message numerus="yes">
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Principal (invoice {numbers})</source>
      <comment>settlement.letter.row.principal</comment>
      <extracomment>Principal (invoices {numbers})</extracomment>
      <translation>
        <numerusform>本金（发票 {numbers}）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Total</source>
      <comment>settlement.letter.row.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Payment of {amount} in full by {deadline} settles the invoices listed; we will then confirm in writing that nothing more is owed on them.</source>
      <comment>settlement.letter.settles</comment>
      <translation>贵方于{deadline}前全额支付{amount}后，上列发票即告结清；届时我方将书面确认上述发票项下再无欠款。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>The offer</source>
      <comment>settlement.letter.the_offer</comment>
      <translation>和解条件</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>Settlement offer {reference}</source>
      <comment>settlement.letter.title</comment>
      <translation>和解方案 {reference}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlement_letter.py" />
      <source>waived</source>
      <comment>settlement.letter.waived</comment>
      <translation>免除</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>This offer gives up {concession}, at or above the ledger's approval threshold of {threshold}; record the approver's name and reason before the letter is released.</source>
      <comment>settlement.needs_approval</comment>
      <translation>此方案让步 {concession}，达到或超过台账的审批门槛 {threshold}；在放行函件前，请记录审批人姓名及理由。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement discount cannot be negative.</source>
      <comment>settlement.negative_discount</comment>
      <translation>和解折让不能为负。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement offer must give something up: a discount on the principal or a waiver of interest or compensation that is owed.</source>
      <comment>settlement.no_concession</comment>
      <translation>和解方案必须有所让步：对本金给予折让，或免除应付的利息或补偿金。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>There is no settlement offer {offer_id}.</source>
      <comment>settlement.no_offer</comment>
      <translation>没有和解方案 {offer_id}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>A settlement offer must still ask for a payment; to give up the whole claim, write it off.</source>
      <comment>settlement.nothing_due</comment>
      <translation>和解方案仍须要求付款；如要放弃全部债权，请将其核销。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>{customer_code} has nothing overdue in {cur} on {on} to settle.</source>
      <comment>settlement.nothing_overdue</comment>
      <translation>{customer_code} 在 {on} 没有以 {cur} 计价、可供和解的逾期款项。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>lapsed</source>
      <comment>settlement.outcome.lapsed</comment>
      <translation>已失效</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>pending</source>
      <comment>settlement.outcome.pending</comment>
      <translation>待定</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>settled</source>
      <comment>settlement.outcome.settled</comment>
      <translation>已结清</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>Only {paid} of {due} paid by {deadline}: the offer lapsed and the full claim of {claim} stands.</source>
      <comment>settlement.status.lapsed</comment>
      <translation>截至{deadline}仅支付{due}中的{paid}：方案已失效，全部欠款{claim}仍须支付。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>{paid} of {due} paid so far; the offer runs until {deadline}.</source>
      <comment>settlement.status.pending</comment>
      <translation>已支付{due}中的{paid}；方案有效期至{deadline}。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/settlements.py" />
      <source>{due} paid by {deadline}: settled.</source>
      <comment>settlement.status.settled</comment>
      <translation>已于{deadline}前支付{due}：已结清。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/statements.py" />
      <source>The statement period starts on {start}, after its end ({end}).</source>
      <comment>statement.period_reversed</comment>
      <translation>对账单期间的开始日期 {start} 晚于其结束日期（{end}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{source}: {problem}</source>
      <comment>table.at_file</comment>
      <translation>{source}：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{source} line {line}: {problem}</source>
      <comment>table.at_line</comment>
      <translation>{source} 第 {line} 行：{problem}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is not a readable Excel workbook ({problem}).</source>
      <comment>table.bad_workbook</comment>
      <translation>{name} 不是可读取的 Excel 工作簿（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{problem}.</source>
      <comment>table.csv_problem</comment>
      <translation>{problem}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>the column '{column}' appears twice (columns {first} and {second}); rename one.</source>
      <comment>table.duplicate_column</comment>
      <translation>列“{column}”出现了两次（第 {first} 列和第 {second} 列）；请重命名其中一列。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is empty; it needs a header row.</source>
      <comment>table.empty</comment>
      <translation>为空；需要一行表头。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>the header row is empty.</source>
      <comment>table.empty_header</comment>
      <translation>表头行为空。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has {count} fields but the header row has {width} (a stray '{delimiter}' or quote?).</source>
      <comment>table.field_count</comment>
      <translation>有 {count} 个字段，但表头行有 {width} 个（多了一个“{delimiter}”或引号？）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has {count} fields but !TRNS names {width}.</source>
      <comment>table.iif_field_count</comment>
      <translation>有 {count} 个字段，但 !TRNS 只列出 {width} 个。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has no !TRNS header line; it is not a QuickBooks IIF transaction file.</source>
      <comment>table.iif_no_header</comment>
      <translation>没有 !TRNS 表头行；它不是 QuickBooks IIF 交易文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a TRNS line comes before the !TRNS header line.</source>
      <comment>table.iif_order</comment>
      <translation>TRNS 行出现在 !TRNS 表头行之前。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a value is longer than 131,072 characters.</source>
      <comment>table.long_value</comment>
      <translation>有一个值超过 131,072 个字符。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} has no sheet named '{sheet}'; it has {sheets}.</source>
      <comment>table.no_sheet</comment>
      <translation>{name} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} has no visible sheet; name the sheet to read.</source>
      <comment>table.no_visible_sheet</comment>
      <translation>{name} 没有可见的工作表；请指定要读取的工作表。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is not {encoding} text (byte {byte}); choose its encoding.</source>
      <comment>table.not_encoded</comment>
      <translation>不是 {encoding} 编码的文本（第 {byte} 字节）；请选择其编码。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>is not {encoding} text (byte {byte} of the line's block); choose its encoding.</source>
      <comment>table.not_encoded_block</comment>
      <translation>不是 {encoding} 编码的文本（该行所在数据块的第 {byte} 字节）；请选择其编码。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>a quoted value starts here and is never closed (a missing " swallows every line after it).</source>
      <comment>table.open_quote</comment>
      <translation>此处开始的带引号的值没有结束（缺少一个 " 会吞掉其后所有行）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} cannot be read (permission denied).</source>
      <comment>table.permission</comment>
      <translation>无法读取 {name}（权限不足）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is not a workbook; a sheet can only be chosen in an .xlsx file.</source>
      <comment>table.sheet_needs_xlsx</comment>
      <translation>{name} 不是工作簿；只有 .xlsx 文件才能选择工作表。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>'{name}' is not a text encoding; use one like utf-8, utf-16, cp1252 or latin-1.</source>
      <comment>table.unknown_encoding</comment>
      <translation>'{name}' 不是文本编码；请使用 utf-8、gb18030、utf-16 或 latin-1 之类的编码。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} is neither a .csv, an .xlsx nor an .iif file.</source>
      <comment>table.unknown_kind</comment>
      <translation>{name} 既不是 .csv、.xlsx 文件，也不是 .iif 文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>cannot be read ({problem}).</source>
      <comment>table.unreadable</comment>
      <translation>无法读取（{problem}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>has a value in column {column}, right of the last column with a header.</source>
      <comment>table.value_beyond_header</comment>
      <translation>在第 {column} 列有值，位于最后一个有表头的列的右侧。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/tables.py" />
      <source>{name} expands to {size} MB (compressed {ratio} times); workbooks that expand past {max_size} MB or {max_ratio} times are refused. Save it as CSV instead.</source>
      <comment>table.zip_bomb</comment>
      <translation>{name} 解压后为 {size} MB（压缩比 {ratio} 倍）；解压后超过 {max_size} MB 或压缩比超过 {max_ratio} 倍的工作簿会被拒绝。请改存为 CSV。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>The talk tracks in {path} are not valid JSON ({reason}).</source>
      <comment>talk.file_not_json</comment>
      <translation>{path} 中的通话话术不是有效的 JSON（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {group} must be an object keyed by situation.</source>
      <comment>talk.group_not_object</comment>
      <translation>通话话术：{group} 必须是按情形分键的对象。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where}.{key} must be a list of texts.</source>
      <comment>talk.lines_not_list</comment>
      <translation>通话话术：{where}.{key} 必须是文本列表。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>The talk tracks are not valid JSON: {reason}.</source>
      <comment>talk.not_json</comment>
      <translation>通话话术不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks must be a JSON object with opening, excuses, obstacles and closing.</source>
      <comment>talk.not_object</comment>
      <translation>通话话术必须是包含 opening、excuses、obstacles 和 closing 的 JSON 对象。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where} must be an object with a title and lines.</source>
      <comment>talk.section_not_object</comment>
      <translation>通话话术：{where} 必须是包含 title 和 lines 的对象。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/talk_tracks.py" />
      <source>Talk tracks: {where}.title must be text.</source>
      <comment>talk.title_not_text</comment>
      <translation>通话话术：{where}.title 必须是文本。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} failed on line {line}: {reason}.</source>
      <comment>template.failed</comment>
      <translation>函件模板 {template} 在第 {line} 行出错：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} uses {name}, which does not exist in the template folder.</source>
      <comment>template.include_missing</comment>
      <translation>函件模板 {template} 引用了 {name}，但模板文件夹中不存在该文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} does not exist (looked in {folders}).</source>
      <comment>template.missing</comment>
      <translation>函件模板 {template} 不存在（已查找 {folders}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} has no block '{block}'; it needs {blocks}.</source>
      <comment>template.no_block</comment>
      <translation>函件模板 {template} 缺少块“{block}”；它需要 {blocks}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} is not a file inside the template folder (it is a link or leads elsewhere); only files in {folders} are read.</source>
      <comment>template.outside</comment>
      <translation>函件模板 {template} 不是模板文件夹内的文件（它是链接或指向别处）；只读取 {folders} 中的文件。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>a power in it is too large</source>
      <comment>template.power_too_large</comment>
      <translation>其中的乘方过大</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>a repeated value in it is too large</source>
      <comment>template.repeat_too_large</comment>
      <translation>其中的重复值过大</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} was stopped: {reason}.</source>
      <comment>template.stopped</comment>
      <translation>函件模板 {template} 已被中止：{reason}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>The letter template {template} has an error on line {line}: {problem}.</source>
      <comment>template.syntax</comment>
      <translation>函件模板 {template} 第 {line} 行有错误：{problem}。</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>it produced more than {limit} characters</source>
      <comment>template.too_long</comment>
      <translation>生成的内容超过 {limit} 个字符</translation>
    </message>
    <message>
      <location filename="../../arledger/render/templates.py" />
      <source>it ran longer than {limit} seconds</source>
      <comment>template.too_slow</comment>
      <translation>运行时间超过 {limit} 秒</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/messages.py" />
      <source>{first}, {second}</source>
      <comment>text.items</comment>
      <translation>{first}、{second}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/messages.py" />
      <source>{first} {second}</source>
      <comment>text.sentences</comment>
      <translation>{first}{second}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/customer_record.py" />
      <source>{outcome}: {summary}</source>
      <comment>timeline.contact_outcome</comment>
      <translation>{outcome}：{summary}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/witness.py" />
      <source>The chain head could not be written to the witness folder {folder} ({reason}).</source>
      <comment>witness.not_written</comment>
      <translation>链尾无法写入见证文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/witness.py" />
      <source>{path} saw a different ledger at this path (head {head}… at event {seq}); if the file was replaced on purpose this is expected.</source>
      <comment>witness.other_ledger</comment>
      <translation>{path} 曾在此路径见到另一个台账（事件 {seq} 处的链尾 {head}…）；如果文件是有意替换的，这属正常。</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>no</source>
      <comment>word.no</comment>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/record_words.py" />
      <source>yes</source>
      <comment>word.yes</comment>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../arledger/services/work_locks.py" />
      <source>{what} is already running on this ledger (process {pid} on {host}, started {started}); nothing was done, try again when it has finished.</source>
      <comment>work.busy</comment>
      <translation>{what}已在此台账上运行（{host} 上的进程 {pid}，开始于 {started}）；未执行任何操作，请在其结束后重试。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/letter_batch.py" />
      <source>Another letters batch</source>
      <comment>work.what_letters_batch</comment>
      <translation>另一批信函</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aged as of</source>
      <comment>workbook.aged_as_of</comment>
      <translation>账龄截至日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>due date</source>
      <comment>workbook.basis.due</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>invoice date</source>
      <comment>workbook.basis.invoice</comment>
      <translation>开票日</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Current</source>
      <comment>workbook.bucket.current</comment>
      <translation>未到期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Over {days} days</source>
      <comment>workbook.bucket.over</comment>
      <translation>{days} 天以上</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>{low}-{high} days</source>
      <comment>workbook.bucket.range</comment>
      <translation>{low}-{high} 天</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Actor</source>
      <comment>workbook.col.actor</comment>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Address</source>
      <comment>workbook.col.address</comment>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Amount</source>
      <comment>workbook.col.amount</comment>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Applied to (invoice:amount)</source>
      <comment>workbook.col.applied_to</comment>
      <translation>核销至（发票:金额）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Attorney on record</source>
      <comment>workbook.col.attorney_on_record</comment>
      <translation>已委托律师</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{bucket} amount</source>
      <comment>workbook.col.bucket_amount</comment>
      <translation>{bucket}金额</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{bucket} count</source>
      <comment>workbook.col.bucket_count</comment>
      <translation>{bucket}笔数</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Channel</source>
      <comment>workbook.col.channel</comment>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Code</source>
      <comment>workbook.col.code</comment>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Compensation</source>
      <comment>workbook.col.compensation</comment>
      <translation>补偿金</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Comp. currency</source>
      <comment>workbook.col.compensation_currency</comment>
      <translation>补偿金币种</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Contact people</source>
      <comment>workbook.col.contact_people</comment>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Count</source>
      <comment>workbook.col.count</comment>
      <translation>笔数</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Country</source>
      <comment>workbook.col.country</comment>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Credit limit</source>
      <comment>workbook.col.credit_limit</comment>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Credit note</source>
      <comment>workbook.col.credit_note</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Currency</source>
      <comment>workbook.col.currency</comment>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Customer</source>
      <comment>workbook.col.customer</comment>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Customer name</source>
      <comment>workbook.col.customer_name</comment>
      <translation>客户名称</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Date</source>
      <comment>workbook.col.date</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Date paid</source>
      <comment>workbook.col.date_paid</comment>
      <translation>支付日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Date received</source>
      <comment>workbook.col.date_received</comment>
      <translation>收款日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Days overdue</source>
      <comment>workbook.col.days_overdue</comment>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Default notice</source>
      <comment>workbook.col.default_notice</comment>
      <translation>违约通知</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Definition</source>
      <comment>workbook.col.definition</comment>
      <translation>定义</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Direction</source>
      <comment>workbook.col.direction</comment>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Dispute</source>
      <comment>workbook.col.dispute</comment>
      <translation>争议</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Do not contact</source>
      <comment>workbook.col.do_not_contact</comment>
      <translation>请勿联系</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Due date</source>
      <comment>workbook.col.due_date</comment>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Email</source>
      <comment>workbook.col.email</comment>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Entry</source>
      <comment>workbook.col.entry</comment>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Entry date</source>
      <comment>workbook.col.entry_date</comment>
      <translation>记录日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Hash</source>
      <comment>workbook.col.hash</comment>
      <translation>哈希值</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Instalment</source>
      <comment>workbook.col.instalment</comment>
      <translation>期数</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Interest</source>
      <comment>workbook.col.interest</comment>
      <translation>利息</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Interest basis</source>
      <comment>workbook.col.interest_basis</comment>
      <translation>计息依据</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Invoice</source>
      <comment>workbook.col.invoice</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Invoice date</source>
      <comment>workbook.col.invoice_date</comment>
      <translation>开票日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Jurisdiction</source>
      <comment>workbook.col.jurisdiction</comment>
      <translation>适用法域</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Kind</source>
      <comment>workbook.col.kind</comment>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Language</source>
      <comment>workbook.col.language</comment>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Limitation date</source>
      <comment>workbook.col.limitation_date</comment>
      <translation>诉讼时效届满日</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Made by</source>
      <comment>workbook.col.made_by</comment>
      <translation>承诺人</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Measure</source>
      <comment>workbook.col.measure</comment>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Method</source>
      <comment>workbook.col.method</comment>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Month</source>
      <comment>workbook.col.month</comment>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Name</source>
      <comment>workbook.col.name</comment>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Notes</source>
      <comment>workbook.col.notes</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Number</source>
      <comment>workbook.col.number</comment>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>On hold</source>
      <comment>workbook.col.on_hold</comment>
      <translation>暂停催收</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Open</source>
      <comment>workbook.col.open</comment>
      <translation>未结金额</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Outcome</source>
      <comment>workbook.col.outcome</comment>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Paid</source>
      <comment>workbook.col.paid</comment>
      <translation>已付</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Payment date agreed</source>
      <comment>workbook.col.payment_date_agreed</comment>
      <translation>已约定付款日</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Period</source>
      <comment>workbook.col.period</comment>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Phone</source>
      <comment>workbook.col.phone</comment>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Plan</source>
      <comment>workbook.col.plan</comment>
      <translation>计划</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Prev hash</source>
      <comment>workbook.col.prev_hash</comment>
      <translation>前一哈希值</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promise</source>
      <comment>workbook.col.promise</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promised on</source>
      <comment>workbook.col.promised_on</comment>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reason</source>
      <comment>workbook.col.reason</comment>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Invoice received on</source>
      <comment>workbook.col.received_on</comment>
      <translation>发票送达日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Recorded at (UTC)</source>
      <comment>workbook.col.recorded_at_utc</comment>
      <translation>记录时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reference</source>
      <comment>workbook.col.reference</comment>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversal reason</source>
      <comment>workbook.col.reversal_reason</comment>
      <translation>冲销原因</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversed on</source>
      <comment>workbook.col.reversed_on</comment>
      <translation>冲销日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Risk tier</source>
      <comment>workbook.col.risk_tier</comment>
      <translation>风险等级</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Section</source>
      <comment>workbook.col.section</comment>
      <translation>部分</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Seq</source>
      <comment>workbook.col.seq</comment>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Settled</source>
      <comment>workbook.col.settled</comment>
      <translation>已结清</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Share (%)</source>
      <comment>workbook.col.share_percent</comment>
      <translation>占比（%）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Status</source>
      <comment>workbook.col.status</comment>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Summary</source>
      <comment>workbook.col.summary</comment>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Tags</source>
      <comment>workbook.col.tags</comment>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Terms (days)</source>
      <comment>workbook.col.terms_days</comment>
      <translation>账期（天）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Time zone</source>
      <comment>workbook.col.time_zone</comment>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total</source>
      <comment>workbook.col.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Unapplied</source>
      <comment>workbook.col.unapplied</comment>
      <translation>未核销</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Unit</source>
      <comment>workbook.col.unit</comment>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Value</source>
      <comment>workbook.col.value</comment>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Void reason</source>
      <comment>workbook.col.void_reason</comment>
      <translation>作废原因</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Voided on</source>
      <comment>workbook.col.voided_on</comment>
      <translation>作废日期</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>What</source>
      <comment>workbook.col.what</comment>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{reason} since {since}</source>
      <comment>workbook.dispute</comment>
      <translation>{reason}，自 {since} 起</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{reason} since {since}: {note}</source>
      <comment>workbook.dispute_noted</comment>
      <translation>{reason}，自 {since} 起：{note}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{first}; {second}</source>
      <comment>workbook.disputes</comment>
      <translation>{first}；{second}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total {group} {currency}</source>
      <comment>workbook.group_total</comment>
      <translation>{group} {currency} 小计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>void</source>
      <comment>workbook.kind.void</comment>
      <translation>作废</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>ADD</source>
      <comment>workbook.kpi.add</comment>
      <translation>平均拖欠天数（ADD）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Average days delinquent = DSO - best possible DSO.</source>
      <comment>workbook.kpi.add.def</comment>
      <translation>平均拖欠天数 = DSO − 最佳可能 DSO。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Average collection days</source>
      <comment>workbook.kpi.average_collection_days</comment>
      <translation>平均催收天数</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Average collection days = mean days from the first collection action to payment in full, over invoices paid late in the period.</source>
      <comment>workbook.kpi.average_collection_days.def</comment>
      <translation>平均催收天数 = 期内逾期付清的发票从首次催收行动到全额付款的平均天数。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Bad-debt ratio</source>
      <comment>workbook.kpi.bad_debt_ratio</comment>
      <translation>坏账率</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Bad-debt ratio = written off in period / credit sales in period x 100.</source>
      <comment>workbook.kpi.bad_debt_ratio.def</comment>
      <translation>坏账率 = 期内核销金额 / 期内赊销额 × 100。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Best possible DSO</source>
      <comment>workbook.kpi.best_possible_dso</comment>
      <translation>最佳可能 DSO</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Best possible DSO = current (not yet due) receivables / (credit sales / days).</source>
      <comment>workbook.kpi.best_possible_dso.def</comment>
      <translation>最佳可能 DSO = 未到期应收账款 / （赊销额 / 天数）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>CEI</source>
      <comment>workbook.kpi.cei</comment>
      <translation>催收效率指数（CEI）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Collection effectiveness index = (opening AR + credit sales - closing AR) / (opening AR + credit sales - closing current AR) x 100.</source>
      <comment>workbook.kpi.cei.def</comment>
      <translation>催收效率指数 = （期初应收 + 赊销额 − 期末应收）/（期初应收 + 赊销额 − 期末未到期应收）× 100。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>DSO</source>
      <comment>workbook.kpi.dso</comment>
      <translation>应收账款周转天数（DSO）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Days sales outstanding = receivables at period end / (credit sales in period / days in period).</source>
      <comment>workbook.kpi.dso.def</comment>
      <translation>应收账款周转天数 = 期末应收账款 / （期内赊销额 / 期内天数）。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Promise-kept rate</source>
      <comment>workbook.kpi.promise_kept_rate</comment>
      <translation>承诺兑现率</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Promise-kept rate = promises kept / promises evaluated (deadline in period) x 100.</source>
      <comment>workbook.kpi.promise_kept_rate.def</comment>
      <translation>承诺兑现率 = 已兑现承诺 / 已评估承诺（期限在期内）× 100。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>Recovery rate</source>
      <comment>workbook.kpi.recovery_rate</comment>
      <translation>回收率</translation>
    </message>
    <message>
      <location filename="../../arledger/services/kpis.py" />
      <source>Recovery rate = collected in period / amounts falling due in period x 100.</source>
      <comment>workbook.kpi.recovery_rate.def</comment>
      <translation>回收率 = 期内收回金额 / 期内到期金额 × 100。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>days</source>
      <comment>workbook.kpi.unit_days</comment>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>%</source>
      <comment>workbook.kpi.unit_percent</comment>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>all entries up to {end}</source>
      <comment>workbook.period.all</comment>
      <translation>截至 {end} 的全部记录</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>{start} to {end}</source>
      <comment>workbook.period.range</comment>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>As of {date}</source>
      <comment>workbook.print.as_of</comment>
      <translation>截至 {date}</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Generated {stamp} UTC</source>
      <comment>workbook.print.generated</comment>
      <translation>生成于 {stamp} UTC</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Page &amp;P of &amp;N</source>
      <comment>workbook.print.page</comment>
      <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>{amount} by {due}, {status}</source>
      <comment>workbook.promise</comment>
      <translation>{due} 前支付 {amount}，{status}</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>contact person changed</source>
      <comment>workbook.reason.contact_changed</comment>
      <translation>联系人变更</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>deliberate delay</source>
      <comment>workbook.reason.delay</comment>
      <translation>故意拖延</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>financial difficulty</source>
      <comment>workbook.reason.financial</comment>
      <translation>资金困难</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>none recorded</source>
      <comment>workbook.reason.none</comment>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>other</source>
      <comment>workbook.reason.other</comment>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>process/approval</source>
      <comment>workbook.reason.process</comment>
      <translation>流程/审批</translation>
    </message>
    <message>
      <location filename="../../arledger/domain/reasons.py" />
      <source>quality dispute</source>
      <comment>workbook.reason.quality</comment>
      <translation>质量争议</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>on {date}</source>
      <comment>workbook.reasons.on</comment>
      <translation>{date} 当日</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>trend</source>
      <comment>workbook.reasons.trend</comment>
      <translation>趋势</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Aged Receivables Summary</source>
      <comment>workbook.report.aging</comment>
      <translation>应收账款账龄汇总</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Aged Receivables Detail</source>
      <comment>workbook.report.open_items</comment>
      <translation>应收账款账龄明细</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Payments received</source>
      <comment>workbook.report.payments</comment>
      <translation>已收款项</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Refunds of credit</source>
      <comment>workbook.report.refunds</comment>
      <translation>贷方余额退款</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>Reversals and voids</source>
      <comment>workbook.report.reversals</comment>
      <translation>冲销与作废</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aging summary</source>
      <comment>workbook.sheet.aging</comment>
      <translation>账龄汇总</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Contact log</source>
      <comment>workbook.sheet.contact_log</comment>
      <translation>联系记录</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Credit notes</source>
      <comment>workbook.sheet.credit_notes</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Customers</source>
      <comment>workbook.sheet.customers</comment>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Invoices</source>
      <comment>workbook.sheet.invoices</comment>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>KPIs</source>
      <comment>workbook.sheet.kpis</comment>
      <translation>关键指标</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Open items</source>
      <comment>workbook.sheet.open_items</comment>
      <translation>未结项目</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Payments</source>
      <comment>workbook.sheet.payments</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Promises</source>
      <comment>workbook.sheet.promises</comment>
      <translation>付款承诺</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Overdue reasons</source>
      <comment>workbook.sheet.reasons</comment>
      <translation>逾期原因</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Refunds</source>
      <comment>workbook.sheet.refunds</comment>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Reversals</source>
      <comment>workbook.sheet.reversals</comment>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Write-offs</source>
      <comment>workbook.sheet.write_offs</comment>
      <translation>坏账核销</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Aged by</source>
      <comment>workbook.title.aged_by</comment>
      <translation>账龄计算依据</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>As of</source>
      <comment>workbook.title.as_of</comment>
      <translation>截至日期</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Buckets</source>
      <comment>workbook.title.buckets</comment>
      <translation>账龄区间</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Generated (UTC)</source>
      <comment>workbook.title.generated</comment>
      <translation>生成时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>(company name not set)</source>
      <comment>workbook.title.no_company</comment>
      <translation>（未设置公司名称）</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Period</source>
      <comment>workbook.title.period</comment>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total</source>
      <comment>workbook.total</comment>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Totals by currency</source>
      <comment>workbook.totals_by_currency</comment>
      <translation>按币种合计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>Settlement offer {offer}: discount agreed and paid by {deadline}</source>
      <comment>write_off.reason.settlement_paid</comment>
      <translation>和解方案 {offer}：已约定减免并于 {deadline} 前付清</translation>
    </message>
  </context>
</TS>
