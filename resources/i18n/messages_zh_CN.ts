<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Messages</name>
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
      <location filename="../../arledger/services/cases.py" />
      <source>Name the case owner (a user name).</source>
      <comment>case.owner_missing</comment>
      <translation>请指定案件负责人（用户名）。</translation>
    </message>
    <message>
      <location filename="../../arledger/cli/main.py" />
      <source>The desktop app cannot be opened from here; run 'arledger' on its own.</source>
      <comment>cli.no_desktop</comment>
      <translation>无法从此处打开桌面程序；请单独运行 'arledger'。</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is named twice in the allocation.</source>
      <comment>ledger.allocation_invoice_twice</comment>
      <translation>发票 {number} 在分配中出现了两次。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} {currency} open; {part} cannot be applied to it.</source>
      <comment>ledger.allocation_over_open</comment>
      <translation>发票 {number} 尚有 {open_now} {currency} 未结；不能对其核销 {part}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The allocation adds up to {value} {currency}, more than the {amount} received.</source>
      <comment>ledger.allocation_too_much</comment>
      <translation>分配合计 {value} {currency}，超过了收到的 {amount}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>The amount for invoice {number} must be more than zero.</source>
      <comment>ledger.allocation_zero</comment>
      <translation>发票 {number} 的金额必须大于零。</translation>
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
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} is due {due} before it was issued ({issue_date}).</source>
      <comment>ledger.due_before_issue</comment>
      <translation>发票 {number} 的到期日 {due} 早于开票日（{issue_date}）。</translation>
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
      <location filename="../../arledger/services/ledger.py" />
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
      <location filename="../../arledger/cli/common.py" />
      <source>There is no ledger at {path}; create one with 'arledger demo --ledger {path}' or open the app to start a new one.</source>
      <comment>ledger.missing</comment>
      <translation>{path} 处没有台账；可用 'arledger demo --ledger {path}' 创建一个台账，或打开程序新建。</translation>
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
      <source>Customer {c_code} has {available} {cur} of unapplied credit; a refund of {amount} {cur} is more than that.</source>
      <comment>ledger.refund_over_credit</comment>
      <translation>客户 {c_code} 有 {available} {cur} 未使用的贷方余额；{amount} {cur} 的退款超过了该金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A refund must be for more than zero.</source>
      <comment>ledger.refund_zero</comment>
      <translation>退款金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>There is no invoice numbered '{number}'.</source>
      <comment>ledger.unknown_invoice</comment>
      <translation>没有编号为“{number}”的发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>Invoice {number} has {open_now} {currency} open; a write-off must be more than zero and no more than that.</source>
      <comment>ledger.write_off_over_open</comment>
      <translation>发票 {number} 尚有 {open_now} {currency} 未结；核销金额必须大于零且不超过该金额。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/ledger.py" />
      <source>A write-off needs a reason.</source>
      <comment>ledger.write_off_reason_missing</comment>
      <translation>核销需要说明理由。</translation>
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
      <location filename="../../arledger/services/backup.py" />
      <source>the backup</source>
      <comment>output.what_backup</comment>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the copy</source>
      <comment>output.what_copy</comment>
      <translation>副本</translation>
    </message>
    <message>
      <location filename="../../arledger/services/output_paths.py" />
      <source>the output</source>
      <comment>output.what_output</comment>
      <translation>输出</translation>
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
      <location filename="../../arledger/services/cases.py" />
      <source>The period ends ({end}) before it starts ({start}).</source>
      <comment>period.ends_before_start</comment>
      <translation>期间结束日（{end}）早于开始日（{start}）。</translation>
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
      <source>Invoice {number} has payments, credit notes or write-offs applied; reverse those first, or give a credit note instead of voiding it.</source>
      <comment>reversal.invoice_settled</comment>
      <translation>发票 {number} 已有付款、贷项通知单或核销；请先冲销这些条目，或开具贷项通知单而不是作废。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>credit note</source>
      <comment>reversal.kind_credit_note</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>payment</source>
      <comment>reversal.kind_payment</comment>
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../arledger/services/reversals.py" />
      <source>write-off</source>
      <comment>reversal.kind_write_off</comment>
      <translation>核销</translation>
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
      <source>company must be a JSON object, e.g. {{"name": "...", "address": "..."}}</source>
      <comment>settings.company_not_object</comment>
      <translation>company 必须是 JSON 对象，例如 {{"name": "...", "address": "..."}}</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settings.py" />
      <source>{key} is not valid ({reason}).</source>
      <comment>settings.invalid</comment>
      <translation>{key} 无效（{reason}）。</translation>
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
      <location filename="../../arledger/services/settlements.py" />
      <source>Invoice {unknown} is not an overdue invoice of {customer_code} on {on}.</source>
      <comment>settlement.invoice_not_overdue</comment>
      <translation>发票 {unknown} 在 {on} 不是 {customer_code} 的逾期发票。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>There is no settlement offer {offer_id}.</source>
      <comment>settlement.no_offer</comment>
      <translation>没有和解方案 {offer_id}。</translation>
    </message>
    <message>
      <location filename="../../arledger/services/settlements.py" />
      <source>{customer_code} has nothing overdue in {cur} on {on} to settle.</source>
      <comment>settlement.nothing_overdue</comment>
      <translation>{customer_code} 在 {on} 没有以 {cur} 计价、可供和解的逾期款项。</translation>
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
      <location filename="../../arledger/services/work_locks.py" />
      <source>{what} is already running on this ledger (process {pid} on {host}, started {started}); nothing was done, try again when it has finished.</source>
      <comment>work.busy</comment>
      <translation>{what}已在此台账上运行（{host} 上的进程 {pid}，开始于 {started}）；未执行任何操作，请在其结束后重试。</translation>
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
      <location filename="../../arledger/services/exports.py" />
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
      <location filename="../../arledger/services/exports.py" />
      <source>Terms (days)</source>
      <comment>workbook.col.terms_days</comment>
      <translation>账期（天）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
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
      <location filename="../../arledger/render/workbook_words.py" />
      <source>Total {group} {currency}</source>
      <comment>workbook.group_total</comment>
      <translation>{group} {currency} 小计</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>credit note</source>
      <comment>workbook.kind.credit_note</comment>
      <translation>贷项通知单</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>payment</source>
      <comment>workbook.kind.payment</comment>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>refund</source>
      <comment>workbook.kind.refund</comment>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>void</source>
      <comment>workbook.kind.void</comment>
      <translation>作废</translation>
    </message>
    <message>
      <location filename="../../arledger/services/exports.py" />
      <source>write-off</source>
      <comment>workbook.kind.write_off</comment>
      <translation>核销坏账</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>ADD</source>
      <comment>workbook.kpi.add</comment>
      <translation>平均拖欠天数（ADD）</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <location filename="../../arledger/services/export_collections.py" />
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
      <source>contact person changed</source>
      <comment>workbook.reason.contact_changed</comment>
      <translation>联系人变更</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>deliberate delay</source>
      <comment>workbook.reason.delay</comment>
      <translation>故意拖延</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>financial difficulty</source>
      <comment>workbook.reason.financial</comment>
      <translation>资金困难</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>none recorded</source>
      <comment>workbook.reason.none</comment>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>other</source>
      <comment>workbook.reason.other</comment>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
      <source>process/approval</source>
      <comment>workbook.reason.process</comment>
      <translation>流程/审批</translation>
    </message>
    <message>
      <location filename="../../arledger/services/export_collections.py" />
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
  </context>
</TS>
