<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Evidence</name>
    <message>
        <source>acl</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>checked for</source>
        <translation>確認対象</translation>
    </message>
    <message>
        <source>container user</source>
        <translation>コンテナー内のユーザー</translation>
    </message>
    <message>
        <source>deciding entry</source>
        <translation>決め手のエントリー</translation>
    </message>
    <message>
        <source>effective rights</source>
        <translation>実効権限</translation>
    </message>
    <message>
        <source>entry owner</source>
        <translation>エントリーの所有者</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>full disk access</source>
        <translation>フルディスクアクセス</translation>
    </message>
    <message>
        <source>full disk access probe</source>
        <translation>フルディスクアクセスの確認</translation>
    </message>
    <message>
        <source>granting entry</source>
        <translation>許可しているエントリー</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>継承</translation>
    </message>
    <message>
        <source>kernel check</source>
        <translation>カーネルによる確認</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>マウント</translation>
    </message>
    <message>
        <source>nearest existing</source>
        <translation>存在する最も近いパス</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>必要な権限</translation>
    </message>
    <message>
        <source>node</source>
        <translation>パスの要素</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>owned by another user</source>
        <translation>別のユーザーの所有</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>owner inside</source>
        <translation>コンテナー内の所有者</translation>
    </message>
    <message>
        <source>owner on the host</source>
        <translation>ホスト上の所有者</translation>
    </message>
    <message>
        <source>owner sid</source>
        <translation>所有者の SID</translation>
    </message>
    <message>
        <source>package manager</source>
        <translation>パッケージマネージャー</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>process label</source>
        <translation>プロセスのラベル</translation>
    </message>
    <message>
        <source>program in the message</source>
        <translation>メッセージ中のプログラム</translation>
    </message>
    <message>
        <source>protected folder</source>
        <translation>保護されたフォルダー</translation>
    </message>
    <message>
        <source>protected location</source>
        <translation>保護された場所</translation>
    </message>
    <message>
        <source>responsible app</source>
        <translation>責任のあるアプリ</translation>
    </message>
    <message>
        <source>ruled out</source>
        <translation>除外した原因</translation>
    </message>
    <message>
        <source>selinux label</source>
        <translation>SELinux ラベル</translation>
    </message>
    <message>
        <source>session groups</source>
        <translation>セッションのグループ</translation>
    </message>
    <message>
        <source>system integrity protection</source>
        <translation>システム整合性保護</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>wanted</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>xattr</source>
        <translation>拡張属性</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>running as</source>
        <translation>実行ユーザー</translation>
    </message>
    <message>
        <source>default label</source>
        <translation>既定のラベル</translation>
    </message>
    <message>
        <source>no new privileges</source>
        <translation>新しい特権なし (no_new_privs)</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>seccomp mode</source>
        <translation>seccomp モード</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>記録</translation>
    </message>
</context>
<context>
    <name>EvidenceValue</name>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>symlink</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>fifo</source>
        <translation>FIFO (名前付きパイプ)</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>chardev</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>blockdev</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>変更不可</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>追記のみ</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隠し</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>reparse point</source>
        <translation>再解析ポイント</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>recall on open</source>
        <translation>開くと取得</translation>
    </message>
    <message>
        <source>recall on data access</source>
        <translation>データアクセス時に取得</translation>
    </message>
    <message>
        <source>yes: it came from a parent folder</source>
        <translation>はい: 親フォルダーから継承されています</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>list</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>traverse</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>change permissions</source>
        <translation>アクセス権の変更</translation>
    </message>
    <message>
        <source>change owner</source>
        <translation>所有者の変更</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>every plausible operation</source>
        <translation>考えられるすべての操作</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explains why a file or folder gives &quot;Permission denied&quot;.</source>
        <translation>ファイルやフォルダーで「許可がありません」と表示される理由を説明します。</translation>
    </message>
    <message>
        <source>The file or folder to check.</source>
        <translation>確認するファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>ダークパレットを使用します。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (de, en, es, fr, ja).</source>
        <translation>システムの言語の代わりにこの言語を使用します (de、en、es、fr、ja)。</translation>
    </message>
    <message>
        <source>What was attempted: any (every plausible operation), read, write, create, delete, rename, execute, list, traverse or connect.</source>
        <translation>試みた操作: any (考えられるすべての操作)、read、write、create、delete、rename、execute、list、traverse、connect のいずれか。</translation>
    </message>
    <message>
        <source>Once the first answer is on screen, write what the window shows (headline, cause ids, fix ids, holders) to FILE as JSON.</source>
        <translation>最初の回答が表示されたら、ウィンドウの表示内容（見出し、原因 ID、修正 ID、ファイルを使用中のプロセス）を JSON で FILE に書き出します。</translation>
    </message>
    <message>
        <source>Quit once --dump-view has written its file.</source>
        <translation>--dump-view がファイルを書き出したら終了します。</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditFilesModel</name>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Owner (uid)</source>
        <translation>所有者 (uid)</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditModel</name>
    <message>
        <source>Owned by another user</source>
        <translation>他のユーザーが所有</translation>
    </message>
    <message>
        <source>Yours, but without the permission</source>
        <translation>自分のものだが権限がない</translation>
    </message>
    <message>
        <source>Your group lacks the permission</source>
        <translation>自分のグループに権限がない</translation>
    </message>
    <message>
        <source>Folders without search permission</source>
        <translation>検索権限のないフォルダー</translation>
    </message>
    <message>
        <source>In folders you cannot change</source>
        <translation>変更できないフォルダーの中</translation>
    </message>
    <message>
        <source>In a sticky folder, owned by others</source>
        <translation>スティッキーフォルダー内の他人のもの</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>変更不可</translation>
    </message>
    <message>
        <source>Append-only</source>
        <translation>追記のみ</translation>
    </message>
    <message>
        <source>An ACL denies it</source>
        <translation>ACL が拒否</translation>
    </message>
    <message>
        <source>On a read-only filesystem</source>
        <translation>読み取り専用のファイルシステム上</translation>
    </message>
    <message>
        <source>Group membership not active yet</source>
        <translation>グループのメンバーシップがまだ有効でない</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>エントリー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>例</translation>
    </message>
</context>
<context>
    <name>wdgui::AuditView</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Fix all in this group…</source>
        <translation>このグループをすべて解決…</translation>
    </message>
    <message>
        <source>Auditing %1 for %2…</source>
        <translation>%2 について %1 を監査しています…</translation>
    </message>
    <message>
        <source>%1 changed · %2</source>
        <translation>%1 件変更 · %2</translation>
    </message>
    <message>
        <source>%1 entries scanned · %2 per second · %3 denied</source>
        <translation>%1 件のエントリーを調査 · 毎秒 %2 件 · 拒否 %3 件</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source> (cancelled: the counts cover what was seen)</source>
        <translation> (キャンセル: 件数はそれまでに確認した分です)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <source>Fix all in this group</source>
        <translation>このグループをすべて解決</translation>
    </message>
    <message>
        <source>%1.

The same as: %2
(only the %3 entries of this group are changed; undo is recorded)</source>
        <translation>%1。

同等のコマンド: %2
(変更するのはこのグループの %3 件のエントリーだけです。元に戻す情報は記録されます)</translation>
    </message>
    <message>
        <source>Fixing: %1…</source>
        <translation>解決中: %1…</translation>
    </message>
    <message>
        <source>Changed %1 entries (%2 failed); audited again: %3 denied. Undo: whydenied-cli undo %4</source>
        <translation>%1 件のエントリーを変更しました (失敗 %2 件)。再監査の結果: 拒否 %3 件。元に戻すには: whydenied-cli undo %4</translation>
    </message>
    <message>
        <source>%1 in %2, %3 denied, %4 s%5</source>
        <translation>%2 の %1、%3 件拒否、%4 秒%5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln フォルダー</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this fix</source>
        <translation>この修正を元に戻す</translation>
    </message>
    <message>
        <source>Put back every entry the last bulk fix changed, where it is still as the fix left it</source>
        <translation>直前の一括修正で変更した各項目を、修正後のままであれば元に戻します</translation>
    </message>
    <message>
        <source>Undoing %1…</source>
        <translation>%1 を元に戻しています…</translation>
    </message>
    <message>
        <source>Restored %1 entries; %2 left alone.</source>
        <translation>%1 項目を復元しました。%2 項目はそのままです。</translation>
    </message>
    <message>
        <source>Filter the entries of this group</source>
        <translation>このグループの項目を絞り込む</translation>
    </message>
    <message>
        <source>Entries of the selected group</source>
        <translation>選んだグループの項目</translation>
    </message>
    <message>
        <source>The first %1 of %2 entries are listed.</source>
        <translation>%2 項目のうち最初の %1 項目を表示しています。</translation>
    </message>
</context>
<context>
    <name>wdgui::CauseCard</name>
    <message>
        <source>almost certainly (%1%)</source>
        <translation>ほぼ確実 (%1%)</translation>
    </message>
    <message>
        <source>likely (%1%)</source>
        <translation>可能性が高い (%1%)</translation>
    </message>
    <message>
        <source>possible (%1%)</source>
        <translation>可能性あり (%1%)</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>原因 %1: %2</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>原因 ID: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解決策: %1</translation>
    </message>
    <message>
        <source>for an administrator</source>
        <translation>管理者向け</translation>
    </message>
    <message>
        <source>needs an administrator password</source>
        <translation>管理者のパスワードが必要です</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>同等のコマンド</translation>
    </message>
    <message>
        <source>The equivalent command, to run yourself in a terminal</source>
        <translation>ターミナルで自分で実行するための同等のコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the command %1</source>
        <translation>コマンド %1 をコピー</translation>
    </message>
    <message>
        <source>For an administrator: copy the command and run it yourself</source>
        <translation>管理者向け: コマンドをコピーして自分で実行してください</translation>
    </message>
    <message>
        <source>Shows exactly what will change, and asks before doing it</source>
        <translation>何が変わるかを正確に示し、実行する前に確認します</translation>
    </message>
    <message>
        <source>WhyDenied cannot do this for you: copy the command and run it yourself</source>
        <translation>WhyDenied では実行できません。コマンドをコピーしてご自身で実行してください</translation>
    </message>
    <message>
        <source>This copy of WhyDenied is installed for you alone, so it does not ask for administrator rights: copy the command and run it in an administrator terminal</source>
        <translation>この WhyDenied はあなた専用にインストールされているため、管理者権限を求めません。コマンドをコピーして管理者のターミナルで実行してください</translation>
    </message>
</context>
<context>
    <name>wdgui::DropZone</name>
    <message>
        <source>Drop zone</source>
        <translation>ドロップ領域</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here, or press Enter to choose a file</source>
        <translation>ここにファイル、フォルダー、エラーメッセージをドロップするか、Enter キーを押してファイルを選択してください</translation>
    </message>
    <message>
        <source>Drop a file, a folder or an error message here</source>
        <translation>ここにファイル、フォルダー、エラーメッセージをドロップしてください</translation>
    </message>
    <message>
        <source>or paste the error text with Ctrl+V, or choose a file with Ctrl+O</source>
        <translation>または Ctrl+V でエラーの文章を貼り付けるか、Ctrl+O でファイルを選択してください</translation>
    </message>
    <message>
        <source>Release to find out why</source>
        <translation>離すと理由を調べます</translation>
    </message>
</context>
<context>
    <name>wdgui::FixDialog</name>
    <message>
        <source>Apply a fix</source>
        <translation>解決策を適用</translation>
    </message>
    <message>
        <source>The equivalent command:</source>
        <translation>同等のコマンド:</translation>
    </message>
    <message>
        <source>Equivalent command</source>
        <translation>同等のコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>To undo it: %1</source>
        <translation>元に戻すには: %1</translation>
    </message>
    <message>
        <source>Needs an administrator: you will be asked for a password.</source>
        <translation>管理者が必要です: パスワードを求められます。</translation>
    </message>
    <message>
        <source>Runs as you; no password needed.</source>
        <translation>あなたとして実行します。パスワードは不要です。</translation>
    </message>
    <message>
        <source>%1 is a system location. I understand and want to change it.</source>
        <translation>%1 はシステムの場所です。理解したうえで変更します。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Waiting for the administrator password…</source>
        <translation>管理者パスワードを待っています…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Fixed — your copy is %1, and you can %2 it.</source>
        <translation>解決しました — コピー %1 の%2ができるようになりました。</translation>
    </message>
    <message>
        <source>Fixed — you can now %1 %2.</source>
        <translation>解決しました — %2 の%1ができるようになりました。</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied: %2</source>
        <translation>適用しましたが、%1 はまだ拒否されています: %2</translation>
    </message>
    <message>
        <source>Applied, but %1 is still denied.</source>
        <translation>適用しましたが、%1 はまだ拒否されています。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>元に戻しています…</translation>
    </message>
    <message>
        <source>Undone — %1 is back as it was.</source>
        <translation>元に戻しました — %1 は元の状態に戻りました。</translation>
    </message>
    <message>
        <source>Already undone; nothing was changed.</source>
        <translation>すでに元に戻されています。何も変更していません。</translation>
    </message>
    <message>
        <source>Undone — %1 is back, but without its setuid/setgid bits: WhyDenied never gives them back.</source>
        <translation>元に戻しました — %1 は戻りましたが、setuid/setgid ビットはありません: WhyDenied はこれらを決して戻しません。</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersModel</name>
    <message>
        <source>reading</source>
        <translation>読み取り中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン中</translation>
    </message>
    <message>
        <source>mapped in memory</source>
        <translation>メモリにマップ</translation>
    </message>
    <message>
        <source>current folder</source>
        <translation>カレントフォルダー</translation>
    </message>
    <message>
        <source>root folder</source>
        <translation>ルートフォルダー</translation>
    </message>
    <message>
        <source>running it</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>locked (flock)</source>
        <translation>ロック中 (flock)</translation>
    </message>
    <message>
        <source>locked (record lock)</source>
        <translation>ロック中 (レコードロック)</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>How it holds it</source>
        <translation>使用のしかた</translation>
    </message>
</context>
<context>
    <name>wdgui::HoldersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;nd process…</source>
        <translation>プロセスを終了(&amp;N)…</translation>
    </message>
    <message>
        <source>Reveal in system &amp;monitor</source>
        <translation>システムモニターで表示(&amp;M)</translation>
    </message>
    <message>
        <source>Programs using the file</source>
        <translation>ファイルを使用しているプログラム</translation>
    </message>
    <message>
        <source>Ask the selected program to quit</source>
        <translation>選択したプログラムに終了を求めます</translation>
    </message>
    <message>
        <source>Looking for programs that use %1…</source>
        <translation>%1 を使用しているプログラムを探しています…</translation>
    </message>
    <message>
        <source>No program is using %1 or anything in it.</source>
        <translation>%1 とその中のものを使用しているプログラムはありません。</translation>
    </message>
    <message>
        <source>No program is using %1.</source>
        <translation>%1 を使用しているプログラムはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1 or something in it:</source>
        <translation>
            <numerusform>%n 個のプログラムが %1 またはその中のものを使用しています:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) using %1:</source>
        <translation>
            <numerusform>%n 個のプログラムが %1 を使用しています:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of other users could not be inspected; an administrator can see them.</source>
        <translation>
            <numerusform>他のユーザーの %n 個のプロセスは調べられませんでした。管理者なら確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end %1</source>
        <translation>%1 を終了できません</translation>
    </message>
    <message>
        <source>End %1 (process %2 of %3)? It is asked to quit and may save its work, or it may lose unsaved changes.</source>
        <translation>%1 (%3 のプロセス %2) を終了しますか? 終了を求められたプログラムは作業を保存できますが、保存していない変更が失われることもあります。</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>%1 を終了しますか?</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 はまだ実行中です</translation>
    </message>
    <message>
        <source>%1 did not quit when asked. Force it to quit? It cannot save anything then.</source>
        <translation>%1 は求めに応じて終了しませんでした。強制終了しますか? その場合、何も保存できません。</translation>
    </message>
    <message>
        <source>The system refused to signal it: %1</source>
        <translation>システムがシグナルの送信を拒否しました: %1</translation>
    </message>
    <message>
        <source>Look as &amp;administrator…</source>
        <translation>管理者として確認(&amp;A)…</translation>
    </message>
    <message>
        <source>Also look at other users&apos; programs (asks for an administrator password)</source>
        <translation>他のユーザーのプログラムも確認します (管理者のパスワードを求められます)</translation>
    </message>
    <message>
        <source>&amp;Close this handle…</source>
        <translation>このハンドルを閉じる(&amp;C)…</translation>
    </message>
    <message>
        <source>Replace or delete at next re&amp;start</source>
        <translation>次回の再起動時に置き換え/削除(&amp;S)</translation>
    </message>
    <message>
        <source>Close the program&apos;s handle on the file without ending the program (it may lose unsaved data)</source>
        <translation>プログラムを終了せずに、そのファイルのハンドルを閉じます(保存していないデータが失われることがあります)</translation>
    </message>
    <message>
        <source>When nothing else releases the file: Windows deletes or replaces it while it restarts</source>
        <translation>ほかに解放する方法がないとき: Windows が再起動中にファイルを削除または置き換えます</translation>
    </message>
    <message>
        <source>&amp;Delete it at the next restart…</source>
        <translation>次回の再起動時に削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Replace it with another file at the next restart…</source>
        <translation>次回の再起動時に別のファイルで置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>Take back the change scheduled for the next restart</source>
        <translation>次回の再起動に予定した変更を取り消します</translation>
    </message>
    <message>
        <source>The file that takes its place</source>
        <translation>代わりに置くファイル</translation>
    </message>
    <message>
        <source>Close the handle of %1 (process %2) on %3, without ending %1?

%1 is not told. It may fail, or lose unsaved data, the next time it uses the file. This cannot be undone. Ending the program is the safer way when it can save its work first.

An administrator&apos;s approval is needed.</source>
        <translation>%1 (プロセス %2) の %3 へのハンドルを、%1 を終了せずに閉じますか?

%1 には通知されません。次にそのファイルを使うときに失敗したり、保存していないデータが失われたりすることがあります。元に戻せません。先に作業を保存できるなら、プログラムを終了するほうが安全です。

管理者の承認が必要です。</translation>
    </message>
    <message>
        <source>Close the handle of %1?</source>
        <translation>%1 のハンドルを閉じますか?</translation>
    </message>
    <message>
        <source>Close the handle of %1</source>
        <translation>%1 のハンドルを閉じる</translation>
    </message>
    <message>
        <source>Delete %1 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. Until the restart the file stays as it is, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>次に Windows を再起動するときに %1 を削除しますか?

プログラムを終了してもハンドルを閉じてもファイルが解放されないときに使います。再起動まではファイルはそのままで、取り消すこともできます。管理者の承認が必要です。</translation>
    </message>
    <message>
        <source>Replace %1 with %2 when Windows next restarts?

Use this when neither ending the program nor closing its handle releases the file. %2 is moved into its place; until the restart both stay as they are, and this can be taken back. An administrator&apos;s approval is needed.</source>
        <translation>次に Windows を再起動するときに %1 を %2 で置き換えますか?

プログラムを終了してもハンドルを閉じてもファイルが解放されないときに使います。%2 がその場所に移動されます。再起動までは両方ともそのままで、取り消すこともできます。管理者の承認が必要です。</translation>
    </message>
    <message>
        <source>Change %1 at the next restart?</source>
        <translation>次回の再起動時に %1 を変更しますか?</translation>
    </message>
    <message>
        <source>At the next restart</source>
        <translation>次回の再起動時</translation>
    </message>
    <message>
        <source>Keep &amp;it at restart</source>
        <translation>再起動時に残す(&amp;I)</translation>
    </message>
</context>
<context>
    <name>wdgui::MainWindow</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>WhyDenied</source>
        <translation>WhyDenied</translation>
    </message>
    <message>
        <source>Still waiting for the file system to answer. A network share may not be responding; Cancel stops waiting.</source>
        <translation>ファイルシステムの応答を待っています。ネットワーク共有が応答していない可能性があります。「キャンセル」で待機をやめます。</translation>
    </message>
    <message>
        <source>Error te&amp;xt</source>
        <translation>エラーの文章(&amp;X)</translation>
    </message>
    <message>
        <source>Paste an error message here, for example:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</source>
        <translation>ここにエラーメッセージを貼り付けてください。例:
PermissionError: [Errno 13] Permission denied: &apos;/srv/report.csv&apos;</translation>
    </message>
    <message>
        <source>Error text</source>
        <translation>エラーの文章</translation>
    </message>
    <message>
        <source>Paste the error message; the paths in it are checked</source>
        <translation>エラーメッセージを貼り付けてください。含まれるパスを確認します</translation>
    </message>
    <message>
        <source>Found several &amp;paths; choose one to check:</source>
        <translation>複数のパスが見つかりました。確認するものを選んでください(&amp;P):</translation>
    </message>
    <message>
        <source>Paths found</source>
        <translation>見つかったパス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What the program tried to do; changing it checks again</source>
        <translation>プログラムが行おうとしたこと。変更すると再確認します</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Choose a file to check (Ctrl+O)</source>
        <translation>確認するファイルを選択 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Copy the diagnosis as Markdown, for a support ticket</source>
        <translation>診断結果を Markdown でコピーします (サポートへの問い合わせ用)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>確認をキャンセル</translation>
    </message>
    <message>
        <source>Stop waiting for this check (Esc)</source>
        <translation>この確認の待機をやめます (Esc)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Checked path</source>
        <translation>確認したパス</translation>
    </message>
    <message>
        <source>The kernel&apos;s answer</source>
        <translation>カーネルの回答</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>考えられる原因</translation>
    </message>
    <message>
        <source>Path, component by component</source>
        <translation>パスの構成要素ごとの状態</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>フォルダーを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使ったもの(&amp;R)</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>レポートをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste error text</source>
        <translation>エラーの文章を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>確認をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About WhyDenied</source>
        <translation>WhyDenied について(&amp;A)</translation>
    </message>
    <message>
        <source>About WhyDenied</source>
        <translation>WhyDenied について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explains “Permission denied” errors: which component of the path stops you, why, and what would change it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;WhyDenied&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;「許可がありません」エラーを説明します: パスのどの構成要素が妨げているのか、その理由、そして何を変えれば解決するのかを示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No file or folder path was found in this text. Drop the file itself, or choose it with Ctrl+O.</source>
        <translation>この文章からはファイルやフォルダーのパスが見つかりませんでした。ファイルそのものをドロップするか、Ctrl+O で選択してください。</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>%1 のパス</translation>
    </message>
    <message>
        <source>%1 is a %2 path. It must be diagnosed on the %2 machine where the error happened: run WhyDenied there.</source>
        <translation>%1 は %2 のパスです。エラーが起きた %2 のマシンで診断する必要があります。そちらで WhyDenied を実行してください。</translation>
    </message>
    <message>
        <source>This path is on another computer</source>
        <translation>このパスは別のコンピューター上にあります</translation>
    </message>
    <message>
        <source>The error names a relative path; it is checked in %1, which may not be the folder the program ran in.</source>
        <translation>エラーには相対パスが示されています。%1 を基準に確認しますが、プログラムが実行されたフォルダーとは異なる可能性があります。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Checking %1…  %2</source>
        <translation>%1 を確認しています…  %2</translation>
    </message>
    <message>
        <source>%1 — WhyDenied</source>
        <translation>%1 — WhyDenied</translation>
    </message>
    <message>
        <source>The kernel allows it now (%1).</source>
        <translation>カーネルは現在これを許可しています (%1)。</translation>
    </message>
    <message>
        <source>The kernel answers %1 to %2.</source>
        <translation>カーネルは %2 に対して %1 と回答しました。</translation>
    </message>
    <message>
        <source>Part of the answer is computed, not asked.</source>
        <translation>回答の一部は問い合わせたものではなく、計算で求めたものです。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gave up waiting for %1</source>
        <translation>%1 の待機を中止しました</translation>
    </message>
    <message>
        <source>The check was cancelled. If the file is on a network share that is not answering, the check may still be stuck in the background; it cannot harm anything.</source>
        <translation>確認をキャンセルしました。ファイルが応答しないネットワーク共有上にある場合、確認処理がバックグラウンドで止まったままになることがありますが、何かを壊すことはありません。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Why was it denied?</source>
        <translation>なぜ拒否されたのか?</translation>
    </message>
    <message>
        <source>Drop the file or folder that gave the error, or paste the error message.</source>
        <translation>エラーが出たファイルやフォルダーをドロップするか、エラーメッセージを貼り付けてください。</translation>
    </message>
    <message>
        <source>The likely causes will appear here, most likely first, each with the change that would fix it.</source>
        <translation>考えられる原因が、可能性の高い順に、それぞれ解決のための変更とともにここに表示されます。</translation>
    </message>
    <message>
        <source>Command copied to the clipboard</source>
        <translation>コマンドをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>No permission problem here. Check that the program uses this exact path, that it runs as you (not as a service user or in a container), and on this computer.</source>
        <translation>ここにはアクセス権の問題はありません。プログラムがこのパスをそのまま使っているか、あなたとして (サービス用ユーザーやコンテナー内ではなく) このコンピューター上で実行されているかを確認してください。</translation>
    </message>
    <message>
        <source>This input could not be checked.</source>
        <translation>この入力は確認できませんでした。</translation>
    </message>
    <message>
        <source>Choose the file that gave the error</source>
        <translation>エラーが出たファイルを選択</translation>
    </message>
    <message>
        <source>Choose the folder that gave the error</source>
        <translation>エラーが出たフォルダーを選択</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>レポートをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>whydenied-%1.md</source>
        <translation>whydenied-%1.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>Markdown (*.md);;テキスト (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>レポートを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Audit everything inside…</source>
        <translation>中身をすべて監査…</translation>
    </message>
    <message>
        <source>Check every file and folder beneath this folder, grouped by cause</source>
        <translation>このフォルダー以下のすべてのファイルとフォルダーを確認し、原因ごとにまとめます</translation>
    </message>
    <message>
        <source>Audit of %1 — WhyDenied</source>
        <translation>%1 の監査 — WhyDenied</translation>
    </message>
    <message>
        <source>Show programs using it</source>
        <translation>使用中のプログラムを表示</translation>
    </message>
    <message>
        <source>List the processes that have this file open, mapped or locked</source>
        <translation>このファイルを開いている、マップしている、またはロックしているプロセスを一覧表示します</translation>
    </message>
    <message>
        <source>Programs using it</source>
        <translation>使用中のプログラム</translation>
    </message>
    <message>
        <source>(no path)</source>
        <translation>(パスなし)</translation>
    </message>
    <message>
        <source>The message names no file or folder.</source>
        <translation>メッセージにはファイルやフォルダーの名前がありません。</translation>
    </message>
    <message>
        <source>This is not about a file on this computer</source>
        <translation>このコンピューター上のファイルの問題ではありません</translation>
    </message>
    <message>
        <source>Nothing on this computer was checked; the advice below comes from the message.</source>
        <translation>このコンピューターでは何も確認していません。以下の助言はメッセージから得たものです。</translation>
    </message>
    <message>
        <source>Cannot apply this fix</source>
        <translation>この解決策は適用できません</translation>
    </message>
    <message>
        <source>Open &amp;audit log…</source>
        <translation>監査ログを開く(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the audit log that recorded the denial</source>
        <translation>拒否を記録した監査ログを開く</translation>
    </message>
    <message>
        <source>%1 could not be read as an audit log.</source>
        <translation>%1 を監査ログとして読めませんでした。</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>監査ログ: %1</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Ask the system again (F5), after you changed something yourself</source>
        <translation>自分で何かを変更した後に、システムにもう一度確認します (F5)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Au&amp;dit a folder…</source>
        <translation>フォルダーを監査(&amp;D)…</translation>
    </message>
    <message>
        <source>Audit a folder</source>
        <translation>フォルダーを監査</translation>
    </message>
    <message>
        <source>Anything denied?</source>
        <translation>何か拒否されていますか?</translation>
    </message>
    <message>
        <source>create inside</source>
        <translation>中に作成</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: 許可</translation>
    </message>
    <message>
        <source>%1: denied</source>
        <translation>%1: 拒否</translation>
    </message>
    <message>
        <source>%1: denied (%2)</source>
        <translation>%1: 拒否 (%2)</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: 不明</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>確認済み: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: %1 (%2).</source>
        <translation>カーネルに問い合わせず、事実から計算しました: %1 (%2)。</translation>
    </message>
    <message>
        <source>Computed from the facts, not asked of the kernel: allowed (%1).</source>
        <translation>カーネルに問い合わせず、事実から計算しました: 許可 (%1)。</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>修正しました: %1</translation>
    </message>
    <message>
        <source>Fix all (%1 steps)</source>
        <translation>すべて修正 (%1 ステップ)</translation>
    </message>
    <message>
        <source>(administrator)</source>
        <translation>(管理者)</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>すべて修正</translation>
    </message>
    <message>
        <source>Apply these %1 steps? Those marked (administrator) ask for the password once, together.</source>
        <translation>この %1 ステップを適用しますか? (管理者) の付いたものはまとめて一度だけパスワードを求めます。</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>すべて元に戻す</translation>
    </message>
    <message>
        <source>Read the system audit log as admi&amp;nistrator…</source>
        <translation>システム監査ログを管理者として読む(&amp;N)…</translation>
    </message>
    <message>
        <source>Reading the system audit log…</source>
        <translation>システム監査ログを読んでいます…</translation>
    </message>
    <message>
        <source>The system audit log was not read: %1</source>
        <translation>システム監査ログは読まれませんでした: %1</translation>
    </message>
    <message>
        <source>The system audit log has no record of %1</source>
        <translation>システム監査ログに %1 の記録はありません</translation>
    </message>
    <message>
        <source>Audit log: the system&apos;s records of %1</source>
        <translation>監査ログ: %1 についてのシステムの記録</translation>
    </message>
</context>
<context>
    <name>wdgui::PathChainModel</name>
    <message>
        <source>access stops here</source>
        <translation>ここでアクセスが止まります</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>cannot be inspected (%1)</source>
        <translation>調べられません (%1)</translation>
    </message>
    <message>
        <source>immutable</source>
        <translation>変更不可</translation>
    </message>
    <message>
        <source>append-only</source>
        <translation>追記のみ</translation>
    </message>
    <message>
        <source>has an ACL</source>
        <translation>ACL あり</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>マウントポイント</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>wdgui::SubjectSelector</name>
    <message>
        <source>Chec&amp;k for:</source>
        <translation>確認の対象(&amp;K):</translation>
    </message>
    <message>
        <source>Check for</source>
        <translation>確認の対象</translation>
    </message>
    <message>
        <source>Whose access to check: yours, another user&apos;s (a web server&apos;s, say), a running program&apos;s or a service&apos;s</source>
        <translation>誰のアクセスを確認するか: 自分、他のユーザー (例: Web サーバー)、実行中のプログラム、サービス</translation>
    </message>
    <message>
        <source>me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>a running program</source>
        <translation>実行中のプログラム</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>user name or uid, e.g. www-data</source>
        <translation>ユーザー名または UID (例: www-data)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>process id, e.g. 1234</source>
        <translation>プロセス ID (例: 1234)</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <source>service name, e.g. nginx</source>
        <translation>サービス名 (例: nginx)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>サービス名</translation>
    </message>
</context>
<context>
    <name>whydenied</name>
    <message>
        <source>%1 (pid 1) starts and supervises everything else; ending it would stop the system.</source>
        <translation>%1 (PID 1) は他のすべてを起動して監視しています。終了するとシステムが停止します。</translation>
    </message>
    <message>
        <source>%1 (pid %2) is this program itself.</source>
        <translation>%1 (PID %2) はこのプログラム自身です。</translation>
    </message>
    <message>
        <source>%1 (pid %2) is part of the kernel and cannot be ended.</source>
        <translation>%1 (PID %2) はカーネルの一部なので終了できません。</translation>
    </message>
    <message>
        <source>%1 (pid %2) belongs to %3; only they or an administrator may end it.</source>
        <translation>%1 (PID %2) は %3 のものです。終了できるのはそのユーザーか管理者だけです。</translation>
    </message>
    <message>
        <source>Process %2 is no longer %1: it has ended and the number now belongs to another program. Refresh the list.</source>
        <translation>プロセス %2 はもう %1 ではありません。終了しており、その番号は現在別のプログラムのものです。一覧を更新してください。</translation>
    </message>
    <message>
        <source>Ending processes is not supported on this system yet.</source>
        <translation>このシステムではまだプロセスの終了に対応していません。</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 を確認できませんでした</translation>
    </message>
    <message>
        <source>You can %1 %2 — the error must come from somewhere else</source>
        <translation>%2 にアクセスできます (%1)。エラーの原因は別のところにあります</translation>
    </message>
    <message>
        <source>You cannot %1 %2</source>
        <translation>%2 にアクセスできません (%1)</translation>
    </message>
    <message>
        <source>Whether you can %1 %2 is unknown</source>
        <translation>%2 にアクセスできるかどうか不明です (%1)</translation>
    </message>
    <message>
        <source>The ACL mask of %1 takes the right away</source>
        <translation>%1 の ACL マスクが権限を取り除いています</translation>
    </message>
    <message>
        <source>%1 has an access control list. Your entry (%2) would allow it, but the ACL&apos;s mask limits every named entry and group to %3.</source>
        <translation>%1 にはアクセス制御リスト (ACL) があります。あなたのエントリー (%2) では許可されますが、ACL のマスクにより、名前付きのエントリーとグループはすべて %3 に制限されています。</translation>
    </message>
    <message>
        <source>An ACL entry on %1 limits you</source>
        <translation>%1 の ACL エントリーがあなたを制限しています</translation>
    </message>
    <message>
        <source>%1 has an access control list with an entry that matches you (%2). It does not include %3, and the ACL takes precedence over the ordinary group and other permissions.</source>
        <translation>%1 には、あなたに該当するエントリー (%2) を含むアクセス制御リスト (ACL) があります。そのエントリーには %3 が含まれず、ACL は通常のグループやその他のアクセス権より優先されます。</translation>
    </message>
    <message>
        <source>Widen the ACL mask</source>
        <translation>ACL マスクを広げる</translation>
    </message>
    <message>
        <source>Lets the ACL mask of %1 include %2.</source>
        <translation>%1 の ACL マスクに %2 を含めます。</translation>
    </message>
    <message>
        <source>%1 is append-only</source>
        <translation>%1 は追記専用です</translation>
    </message>
    <message>
        <source>%1 carries the append-only attribute (chattr +a): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed. Log files are often protected this way.</source>
        <translation>%1 には追記専用属性 (chattr +a) が設定されています。末尾へのデータ追加はできますが、上書き、切り詰め、削除、名前の変更はできません。ログファイルはよくこの方法で保護されます。</translation>
    </message>
    <message>
        <source>Remove the append-only attribute</source>
        <translation>追記専用属性を解除する</translation>
    </message>
    <message>
        <source>Clears the append-only attribute of %1.</source>
        <translation>%1 の追記専用属性を解除します。</translation>
    </message>
    <message>
        <source>Only the owner of %1 may change its permissions</source>
        <translation>%1 のアクセス権を変更できるのは所有者だけです</translation>
    </message>
    <message>
        <source>Changing the owner of %1 needs administrator rights</source>
        <translation>%1 の所有者を変更するには管理者権限が必要です</translation>
    </message>
    <message>
        <source>%1 belongs to %2. Only its owner, or an administrator, may change its permissions; no permission bit grants that.</source>
        <translation>%1 は %2 のものです。アクセス権を変更できるのは所有者か管理者だけで、それを許可するアクセス権ビットはありません。</translation>
    </message>
    <message>
        <source>Giving a file to another user needs the CAP_CHOWN privilege, which ordinary users do not have, whatever the permissions of %1.</source>
        <translation>ファイルを別のユーザーに渡すには CAP_CHOWN 特権が必要です。%1 のアクセス権にかかわらず、一般ユーザーはこの特権を持っていません。</translation>
    </message>
    <message>
        <source>%1 is only a placeholder for a file in the cloud</source>
        <translation>%1 はクラウド上のファイルのプレースホルダーにすぎません</translation>
    </message>
    <message>
        <source>The file&apos;s contents are not on this computer (OneDrive Files On-Demand or a similar sync app). They are downloaded when a program opens it, which fails when the sync app is not running, signed out, offline, or blocks the program. Start the sync app, or right-click the file and choose &quot;Always keep on this device&quot;.</source>
        <translation>ファイルの内容はこのコンピューター上にありません (OneDrive のファイル オンデマンドや同様の同期アプリ)。プログラムがファイルを開くとダウンロードされますが、同期アプリが実行されていない、サインアウトしている、オフラインである、またはプログラムをブロックしている場合は失敗します。同期アプリを起動するか、ファイルを右クリックして「このデバイス上に常に保持する」を選んでください。</translation>
    </message>
    <message>
        <source>Keep it on this device</source>
        <translation>このデバイスに保持する</translation>
    </message>
    <message>
        <source>Marks %1 as always available offline, so the sync app downloads it.</source>
        <translation>%1 を常にオフラインで使用できるように設定し、同期アプリにダウンロードさせます。</translation>
    </message>
    <message>
        <source>Changes the permissions of %1 with chmod %2.</source>
        <translation>chmod %2 で %1 のアクセス権を変更します。</translation>
    </message>
    <message>
        <source>Grant only you %1 on it (ACL)</source>
        <translation>自分だけに %1 を許可する (ACL)</translation>
    </message>
    <message>
        <source>Adds an ACL entry for %1 with %2 to %3; nobody else gains access.</source>
        <translation>%3 に %1 のための %2 の ACL エントリーを追加します。他の人がアクセスできるようにはなりません。</translation>
    </message>
    <message>
        <source>Take ownership</source>
        <translation>所有権を取得する</translation>
    </message>
    <message>
        <source>Makes %1 the owner of %2 (it belongs to %3 now).</source>
        <translation>%1 を %2 の所有者にします (現在の所有者は %3)。</translation>
    </message>
    <message>
        <source>Work on a copy you own</source>
        <translation>自分が所有するコピーで作業する</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours (%2), writable for you only; the original stays as it is.</source>
        <translation>%1 を自分のフォルダー (%2) にコピーし、自分だけが書き込めるようにします。元のファイルはそのままです。</translation>
    </message>
    <message>
        <source>Only an elevated (administrator) program may %1 %2</source>
        <translation>%2 にアクセスできるのは管理者として昇格したプログラムだけです (%1)</translation>
    </message>
    <message>
        <source>Your account is an administrator, but User Account Control runs programs without those rights until you confirm. The permissions of %1 let administrators do this; run the program as administrator (right-click, Run as administrator), or work on a copy.</source>
        <translation>あなたのアカウントは管理者ですが、ユーザー アカウント制御により、確認するまではその権限なしでプログラムが実行されます。%1 のアクセス権は管理者にこの操作を許可しています。プログラムを管理者として実行する (右クリックして「管理者として実行」) か、コピーで作業してください。</translation>
    </message>
    <message>
        <source>Run the program as administrator</source>
        <translation>プログラムを管理者として実行する</translation>
    </message>
    <message>
        <source>Starts the program again with the full administrator token (a UAC prompt appears).</source>
        <translation>完全な管理者トークンでプログラムを起動し直します (ユーザー アカウント制御の確認が表示されます)。</translation>
    </message>
    <message>
        <source>%1 is in use by %2</source>
        <translation>%1 は %2 が使用中です</translation>
    </message>
    <message>
        <source>Another program has it open or locked, and the system refuses while it does. Close it in that program (or close the program), then try again.</source>
        <translation>別のプログラムがファイルを開いているかロックしていて、その間システムは拒否します。そのプログラムでファイルを閉じて (またはプログラムを終了して) から、もう一度試してください。</translation>
    </message>
    <message>
        <source>%1 is locked by %2</source>
        <translation>%1 は %2 がロックしています</translation>
    </message>
    <message>
        <source>The system itself would allow this, but the file carries a lock. Programs that respect locks (office suites, databases, package managers) wait or refuse until %1 releases it.</source>
        <translation>システム自体は許可しますが、ファイルにロックがかかっています。ロックを尊重するプログラム (オフィススイート、データベース、パッケージマネージャー) は、%1 がロックを解除するまで待つか拒否します。</translation>
    </message>
    <message>
        <source>The group %1 may not %2 %3</source>
        <translation>グループ %1 は %3 にアクセスできません (%2)</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and the group %3, which you are in. The group&apos;s permissions are %4: %5 is not among them.</source>
        <translation>%1 の所有者は %2、グループは %3 で、あなたはこのグループに属しています。グループのアクセス権は %4 で、%5 は含まれていません。</translation>
    </message>
    <message>
        <source>Give the group %1 this right</source>
        <translation>グループ %1 にこの権限を与える</translation>
    </message>
    <message>
        <source>You were added to the group %1, but this session does not have it yet</source>
        <translation>グループ %1 に追加されましたが、このセッションにはまだ反映されていません</translation>
    </message>
    <message>
        <source>The account database lists you in %1, which would allow this, but group membership is read when you log in. Programs started before you were added still run without it. Log out and back in, or start the program from `newgrp %1` or `sg %1 -c …`.</source>
        <translation>アカウントデータベースではあなたは %1 に属しており、これで許可されるはずですが、グループのメンバーシップはログイン時に読み込まれます。追加される前に起動したプログラムは、それなしで動き続けます。ログアウトしてログインし直すか、`newgrp %1` または `sg %1 -c …` からプログラムを起動してください。</translation>
    </message>
    <message>
        <source>Start a shell with the group %1 active</source>
        <translation>グループ %1 を有効にしたシェルを起動する</translation>
    </message>
    <message>
        <source>Nothing on disk changes. Only a new login (or newgrp) picks up the group.</source>
        <translation>ディスク上では何も変わりません。グループが反映されるのは新しいログイン (または newgrp) だけです。</translation>
    </message>
    <message>
        <source>%1 is marked immutable</source>
        <translation>%1 は変更不可に設定されています</translation>
    </message>
    <message>
        <source>%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an administrator, can change, delete or rename it. Someone set it on purpose: make sure it may be lifted.</source>
        <translation>%1 には変更不可属性 (chattr +i) が設定されています。設定されている間は、管理者も含めて誰も変更、削除、名前の変更ができません。誰かが意図的に設定したものなので、解除してよいか確認してください。</translation>
    </message>
    <message>
        <source>Remove the immutable attribute</source>
        <translation>変更不可属性を解除する</translation>
    </message>
    <message>
        <source>Clears the immutable attribute of %1; its contents and permissions stay.</source>
        <translation>%1 の変更不可属性を解除します。内容とアクセス権はそのままです。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file. Use a file inside it, or a call meant for folders (for example shutil.rmtree or os.scandir in Python).</source>
        <translation>プログラムがフォルダーをファイルとして開こうとしました。中のファイルを使うか、フォルダー用の関数 (Python なら shutil.rmtree や os.scandir など) を使ってください。</translation>
    </message>
    <message>
        <source>SELinux policy denies this</source>
        <translation>SELinux ポリシーがこれを拒否しています</translation>
    </message>
    <message>
        <source>A security policy (AppArmor) denies this</source>
        <translation>セキュリティポリシー (AppArmor) がこれを拒否しています</translation>
    </message>
    <message>
        <source>The permissions allow it, but SELinux is enforcing and the kernel still says no. Look for an AVC denial (`ausearch -m avc -ts recent`); a wrong label is often fixed with `restorecon`.</source>
        <translation>アクセス権では許可されていますが、SELinux が enforcing モードで、カーネルは拒否しています。AVC の拒否を探してください (`ausearch -m avc -ts recent`)。ラベルの誤りは `restorecon` で直ることがよくあります。</translation>
    </message>
    <message>
        <source>The permissions allow it, but the kernel still says no and AppArmor is active. Look for DENIED lines in the kernel log (`journalctl -k | grep apparmor`).</source>
        <translation>アクセス権では許可されていますが、カーネルは拒否しており、AppArmor が有効です。カーネルログの DENIED 行を探してください (`journalctl -k | grep apparmor`)。</translation>
    </message>
    <message>
        <source>Restore the SELinux label (administrator)</source>
        <translation>SELinux ラベルを復元する (管理者)</translation>
    </message>
    <message>
        <source>Show the AppArmor denials (administrator)</source>
        <translation>AppArmor の拒否を表示する (管理者)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not change security policy.</source>
        <translation>管理者向けに表示しています。WhyDenied はセキュリティポリシーを変更しません。</translation>
    </message>
    <message>
        <source>%1 is on %2, where the server decides</source>
        <translation>%1 は %2 上にあり、サーバーが判断します</translation>
    </message>
    <message>
        <source>%1 is a %2 filesystem from %3. Access there is decided by the server or the FUSE program, which may map your user differently (NFS root squash, SMB credentials, a FUSE mount without allow_other), so the permissions shown here are not the whole story.</source>
        <translation>%1 は %3 からの %2 ファイルシステムです。そこでのアクセスはサーバーまたは FUSE プログラムが判断し、あなたのユーザーを別のものに対応付けることがあります (NFS の root squash、SMB の認証情報、allow_other なしの FUSE マウント)。そのため、ここに表示されるアクセス権がすべてではありません。</translation>
    </message>
    <message>
        <source>Show the mount to the server&apos;s administrator</source>
        <translation>マウントをサーバーの管理者に見せる</translation>
    </message>
    <message>
        <source>Shown for an administrator: the fix is on the server (exports, share permissions, uid mapping) or in the mount options; WhyDenied does not remount filesystems.</source>
        <translation>管理者向けに表示しています。解決策はサーバー側 (エクスポート、共有のアクセス権、UID の対応付け) かマウントオプションにあります。WhyDenied はファイルシステムを再マウントしません。</translation>
    </message>
    <message>
        <source>Programs cannot run from %1</source>
        <translation>%1 からはプログラムを実行できません</translation>
    </message>
    <message>
        <source>The filesystem at %1 is mounted with noexec, so nothing on it can be executed, whatever its permissions. Run a script through its interpreter (for example `sh %2`), or copy the program to a normal location.</source>
        <translation>%1 のファイルシステムは noexec でマウントされているため、アクセス権にかかわらず、その上のものは何も実行できません。スクリプトはインタープリター経由で実行するか (例: `sh %2`)、プログラムを通常の場所にコピーしてください。</translation>
    </message>
    <message>
        <source>Remount with exec (administrator)</source>
        <translation>exec 付きで再マウントする (管理者)</translation>
    </message>
    <message>
        <source>Shown for an administrator; WhyDenied does not remount filesystems.</source>
        <translation>管理者向けに表示しています。WhyDenied はファイルシステムを再マウントしません。</translation>
    </message>
    <message>
        <source>%1 belongs to %2</source>
        <translation>%1 は %2 のものです</translation>
    </message>
    <message>
        <source>%1 is owned by %2 and the group %3, and you are neither. Everyone else gets %4: %5 is not among them.</source>
        <translation>%1 の所有者は %2、グループは %3 で、あなたはどちらでもありません。それ以外のユーザーには %4 が与えられており、%5 は含まれていません。</translation>
    </message>
    <message>
        <source>Join the group %1</source>
        <translation>グループ %1 に参加する</translation>
    </message>
    <message>
        <source>Adds you to the group %1 in the account database. It applies to programs started after you log in again, or from a shell started with `newgrp %1` or `sg %1 -c …`; programs already running, this one included, keep their old groups until then.</source>
        <translation>アカウントデータベースであなたをグループ %1 に追加します。適用されるのは、次にログインした後に起動したプログラムか、`newgrp %1` または `sg %1 -c …` で起動したシェルからのプログラムです。すでに実行中のプログラムは、このプログラムも含め、それまで元のグループのままです。</translation>
    </message>
    <message>
        <source>You own %1, but its permissions do not allow you to %2 it</source>
        <translation>%1 はあなたのものですが、そのアクセス権では許可されていません (%2)</translation>
    </message>
    <message>
        <source>The file is yours, yet its owner permissions are %1: %2 is not among them. This usually means it was marked read-only (or, for a program, never made executable).</source>
        <translation>ファイルはあなたのものですが、所有者のアクセス権は %1 で、%2 は含まれていません。通常、読み取り専用にされた (プログラムの場合は実行可能にされていない) ことを意味します。</translation>
    </message>
    <message>
        <source>Make it writable for you</source>
        <translation>自分が書き込めるようにする</translation>
    </message>
    <message>
        <source>Make it readable for you</source>
        <translation>自分が読み取れるようにする</translation>
    </message>
    <message>
        <source>Make it executable for you</source>
        <translation>自分が実行できるようにする</translation>
    </message>
    <message>
        <source>You cannot enter the folder %1</source>
        <translation>フォルダー %1 に入れません</translation>
    </message>
    <message>
        <source>To reach %1 you must pass through %2, but that folder does not give you search (x) permission. Everything inside it is out of reach, whatever its own permissions say.</source>
        <translation>%1 に到達するには %2 を通る必要がありますが、このフォルダーはあなたに検索 (x) 権限を与えていません。その中のものは、それ自身のアクセス権にかかわらず、すべて手が届きません。</translation>
    </message>
    <message>
        <source>Let yourself enter the folder</source>
        <translation>自分がフォルダーに入れるようにする</translation>
    </message>
    <message>
        <source>You cannot change the contents of the folder %1</source>
        <translation>フォルダー %1 の内容を変更できません</translation>
    </message>
    <message>
        <source>To %1 an entry in a folder you need write and search permission on the folder itself. %2 belongs to %3 and gives you only %4.</source>
        <translation>フォルダー内のエントリーを作成、削除、名前変更する (ここでは %1) には、そのフォルダー自体に書き込み権限と検索権限が必要です。%2 は %3 のもので、あなたには %4 しか与えていません。</translation>
    </message>
    <message>
        <source>Make the folder writable for you</source>
        <translation>自分がフォルダーに書き込めるようにする</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>This is not a permission problem: %1 does not exist. The nearest folder that does is %2. Check the spelling, or create it first.</source>
        <translation>これはアクセス権の問題ではありません。%1 が存在しません。存在する最も近いフォルダーは %2 です。綴りを確認するか、先に作成してください。</translation>
    </message>
    <message>
        <source>%1 is on a read-only filesystem</source>
        <translation>%1 は読み取り専用のファイルシステム上にあります</translation>
    </message>
    <message>
        <source>The filesystem mounted at %1 (%2) is read-only, so nothing on it can be changed, whatever the permissions say. Copy the file somewhere writable, or ask an administrator whether it may be mounted read-write.</source>
        <translation>%1 にマウントされたファイルシステム (%2) は読み取り専用なので、アクセス権にかかわらず何も変更できません。ファイルを書き込める場所にコピーするか、読み書き可能でマウントしてよいか管理者に尋ねてください。</translation>
    </message>
    <message>
        <source>Remount read-write (administrator)</source>
        <translation>読み書き可能で再マウントする (管理者)</translation>
    </message>
    <message>
        <source>%1 has the read-only attribute</source>
        <translation>%1 には読み取り専用属性があります</translation>
    </message>
    <message>
        <source>The file is marked read-only (the attribute shown by attrib and in Properties). Windows refuses to %1 it while the mark is set, whatever the permissions say. Clearing the mark needs only the right to change its attributes.</source>
        <translation>ファイルは読み取り専用に設定されています (attrib やプロパティに表示される属性)。この設定がある間、アクセス権にかかわらず、Windows はこの操作 (%1) を拒否します。設定を解除するのに必要なのは、属性を変更する権限だけです。</translation>
    </message>
    <message>
        <source>ssh refuses the private key %1 because others can read it</source>
        <translation>他のユーザーが読めるため、ssh は秘密鍵 %1 を拒否しています</translation>
    </message>
    <message>
        <source>Its mode is %1. ssh (and git over ssh) ignores a private key that anyone but you can read and reports &quot;UNPROTECTED PRIVATE KEY FILE&quot; or &quot;bad permissions&quot;. Make it readable by you alone.</source>
        <translation>モードは %1 です。ssh (および ssh 経由の git) は、あなた以外が読める秘密鍵を無視し、「UNPROTECTED PRIVATE KEY FILE」または「bad permissions」と報告します。自分だけが読めるようにしてください。</translation>
    </message>
    <message>
        <source>Make the key private (600)</source>
        <translation>鍵を非公開にする (600)</translation>
    </message>
    <message>
        <source>Only %1 may remove %2 from this shared folder</source>
        <translation>この共有フォルダーから %2 を削除できるのは %1 だけです</translation>
    </message>
    <message>
        <source>%1 has the sticky bit (like /tmp): anyone may add entries, but only the owner of an entry, or of the folder, may delete or rename it. %2 belongs to %3.</source>
        <translation>%1 にはスティッキービットが設定されています (/tmp と同様)。誰でもエントリーを追加できますが、削除や名前の変更ができるのは、そのエントリーかフォルダーの所有者だけです。%2 は %3 のものです。</translation>
    </message>
    <message>
        <source>Ask %1 (or an administrator) to remove it</source>
        <translation>%1 (または管理者) に削除を依頼する</translation>
    </message>
    <message>
        <source>Nothing changes from here: the owner or an administrator runs the command.</source>
        <translation>ここからは何も変わりません。所有者か管理者がコマンドを実行します。</translation>
    </message>
    <message>
        <source>The path loops through symbolic links</source>
        <translation>パスがシンボリックリンクでループしています</translation>
    </message>
    <message>
        <source>Following the symbolic links in %1 never ends (or needs more than 40 steps), so the system gives up. Point one of the links somewhere else.</source>
        <translation>%1 のシンボリックリンクをたどると終わらない (または 40 段階を超える) ため、システムが処理をあきらめます。リンクのどれかを別の場所に向けてください。</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now</source>
        <translation>%1 は現在実行中のプログラムです</translation>
    </message>
    <message>
        <source>%1 is a program that is running right now: %2</source>
        <translation>%1 は現在実行中のプログラムです: %2</translation>
    </message>
    <message>
        <source>The system does not let anyone overwrite a program while it runs. Stop the running copy, or write the new version beside it and rename it over the old one (rename is allowed).</source>
        <translation>実行中のプログラムは誰も上書きできません。実行中のものを停止するか、新しいバージョンを隣に書き込んでから古いものの上に名前を変更してください (名前の変更は許可されています)。</translation>
    </message>
    <message>
        <source>End the running program</source>
        <translation>実行中のプログラムを終了する</translation>
    </message>
    <message>
        <source>Asks %1 to quit (SIGTERM); unsaved work in it may be lost.</source>
        <translation>%1 に終了を求めます (SIGTERM)。保存していない作業は失われることがあります。</translation>
    </message>
    <message>
        <source>The system refuses, and none of the usual causes explains it</source>
        <translation>システムは拒否していますが、よくある原因のどれにも当てはまりません</translation>
    </message>
    <message>
        <source>The kernel answered %1, but the owner, group and other permissions, ACLs, attributes and mount options all allow this. A security module, a container or sandbox, or the server of a network filesystem may be deciding.</source>
        <translation>カーネルは %1 と回答しましたが、所有者・グループ・その他のアクセス権、ACL、属性、マウントオプションはすべてこれを許可しています。セキュリティモジュール、コンテナーやサンドボックス、またはネットワークファイルシステムのサーバーが判断している可能性があります。</translation>
    </message>
    <message>
        <source>Clear the read-only attribute</source>
        <translation>読み取り専用属性を解除する</translation>
    </message>
    <message>
        <source>Removes the read-only attribute of %1 (attrib -R).</source>
        <translation>%1 の読み取り専用属性を解除します (attrib -R)。</translation>
    </message>
    <message>
        <source>Grant your account modify rights</source>
        <translation>自分のアカウントに変更の権限を与える</translation>
    </message>
    <message>
        <source>Adds an entry to the permissions of %1 that lets %2 read, write and delete it; nobody else gains access.</source>
        <translation>%1 のアクセス権に、%2 が読み取り、書き込み、削除できるエントリーを追加します。他の人がアクセスできるようにはなりません。</translation>
    </message>
    <message>
        <source>Remove the deny entry</source>
        <translation>拒否エントリーを削除する</translation>
    </message>
    <message>
        <source>Removes the entries of %1 that deny %2 access to it.</source>
        <translation>%1 のエントリーのうち、%2 のアクセスを拒否しているものを削除します。</translation>
    </message>
    <message>
        <source>Makes your account the owner of %1 (it belongs to %2 now). Needs an administrator.</source>
        <translation>自分のアカウントを %1 の所有者にします (現在の所有者は %2)。管理者が必要です。</translation>
    </message>
    <message>
        <source>Copies %1 to a folder of yours; the original stays as it is.</source>
        <translation>%1 を自分のフォルダーにコピーします。元のファイルはそのままです。</translation>
    </message>
    <message>
        <source>A deny entry in the permissions of %1 blocks you</source>
        <translation>%1 のアクセス権の拒否エントリーがあなたをブロックしています</translation>
    </message>
    <message>
        <source>The permissions (ACL) of %1 contain an entry that denies %2 the right to %3. Deny entries win over allow entries, so whatever else grants you access does not count.</source>
        <translation>%1 のアクセス権 (ACL) には、%2 に対してこの権限を拒否するエントリーがあります: %3。拒否エントリーは許可エントリーより優先されるため、ほかでアクセスが許可されていても意味がありません。</translation>
    </message>
    <message>
        <source>The permissions of %1 do not give you this right</source>
        <translation>%1 のアクセス権はこの権限をあなたに与えていません</translation>
    </message>
    <message>
        <source>No entry in the permissions (ACL) of %1 grants your account or any of your groups the right to %2. You have: %3.</source>
        <translation>%1 のアクセス権 (ACL) には、あなたのアカウントやグループにこの権限を与えるエントリーがありません: %2。あなたの権限: %3。</translation>
    </message>
    <message>
        <source>%1 is owned by %2, and its permissions give your account only %3. The owner or an administrator can grant you access, or an administrator can make you the owner.</source>
        <translation>%1 の所有者は %2 で、そのアクセス権があなたのアカウントに与えているのは %3 だけです。所有者か管理者がアクセスを許可するか、管理者があなたを所有者にすることができます。</translation>
    </message>
    <message>
        <source>The program tried to open a folder as if it were a file, and Windows answers that with &quot;Access is denied&quot; (Python: PermissionError [Errno 13]). Use a file inside it, or a call meant for folders (os.scandir, shutil.rmtree).</source>
        <translation>プログラムがフォルダーをファイルとして開こうとし、Windows はそれに「アクセスが拒否されました」と答えます (Python: PermissionError [Errno 13])。中のファイルを使うか、フォルダー用の関数 (os.scandir、shutil.rmtree) を使ってください。</translation>
    </message>
    <message>
        <source>Controlled folder access blocks changes to %1</source>
        <translation>コントロールされたフォルダー アクセスが %1 への変更をブロックしています</translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s controlled folder access (ransomware protection) is on and %1 is a protected folder: only programs on its allow list may change files there, whatever the permissions say. Allow the program in Windows Security &gt; Virus &amp; threat protection &gt; Ransomware protection, or save somewhere else.</source>
        <translation>Microsoft Defender のコントロールされたフォルダー アクセス (ランサムウェア防止) が有効で、%1 は保護されたフォルダーです。アクセス権にかかわらず、許可リストにあるプログラムしかそこにあるファイルを変更できません。Windows セキュリティ &gt; ウイルスと脅威の防止 &gt; ランサムウェア防止 でプログラムを許可するか、別の場所に保存してください。</translation>
    </message>
    <message>
        <source>Allow the program through controlled folder access</source>
        <translation>コントロールされたフォルダー アクセスでプログラムを許可する</translation>
    </message>
    <message>
        <source>Adds the program to Defender&apos;s list of apps allowed to change protected folders.</source>
        <translation>保護されたフォルダーの変更を許可するアプリの Defender のリストにプログラムを追加します。</translation>
    </message>
    <message>
        <source>Another program has locked part of %1</source>
        <translation>別のプログラムが %1 の一部をロックしています</translation>
    </message>
    <message>
        <source>%1 is being used by another process</source>
        <translation>%1 は別のプロセスが使用中です</translation>
    </message>
    <message>
        <source>Another program holds a lock on a region of the file. Windows refuses conflicting reads and writes until it releases the lock or exits.</source>
        <translation>別のプログラムがファイルの一部の範囲をロックしています。Windows は、そのプログラムがロックを解除するか終了するまで、競合する読み書きを拒否します。</translation>
    </message>
    <message>
        <source>Another program has the file open and did not allow others to share it. Close the file in that program (or end the program), then try again.</source>
        <translation>別のプログラムがファイルを開いており、他のプログラムとの共有を許可していません。そのプログラムでファイルを閉じて (またはプログラムを終了して) から、もう一度試してください。</translation>
    </message>
    <message>
        <source>Unlock it (clear uchg)</source>
        <translation>ロックを解除（uchg を外す）</translation>
    </message>
    <message>
        <source>Clears the locked flag of %1 (like unticking &quot;Locked&quot; in Finder&apos;s Get Info); its contents and permissions stay.</source>
        <translation>%1 のロックフラグを外します（Finder の「情報を見る」で「ロック」のチェックを外すのと同じ）。内容と権限はそのままです。</translation>
    </message>
    <message>
        <source>Clear the system immutable flag (administrator)</source>
        <translation>システムの変更不可フラグを外す（管理者）</translation>
    </message>
    <message>
        <source>Clears the system immutable flag of %1 through the macOS administrator prompt. With System Integrity Protection on, macOS may refuse even this.</source>
        <translation>macOS の管理者認証を通じて %1 のシステム変更不可フラグを外します。システム整合性保護がオンの場合、macOS はこれも拒否することがあります。</translation>
    </message>
    <message>
        <source>Clear the append-only flag (uappnd)</source>
        <translation>追記のみフラグを外す（uappnd）</translation>
    </message>
    <message>
        <source>Clears the user append-only flag of %1.</source>
        <translation>%1 のユーザ追記のみフラグを外します。</translation>
    </message>
    <message>
        <source>Clear the system append-only flag (administrator)</source>
        <translation>システムの追記のみフラグを外す（管理者）</translation>
    </message>
    <message>
        <source>Clears the system append-only flag of %1 through the macOS administrator prompt.</source>
        <translation>macOS の管理者認証を通じて %1 のシステム追記のみフラグを外します。</translation>
    </message>
    <message>
        <source>Give %1 Full Disk Access in System Settings</source>
        <translation>システム設定で %1 にフルディスクアクセスを与える</translation>
    </message>
    <message>
        <source>Opens System Settings at Privacy &amp; Security &gt; Full Disk Access. Turn it on for %1, then quit and reopen %1: macOS applies it at the next start. Turn it off there to undo.</source>
        <translation>システム設定の「プライバシーとセキュリティ」&gt;「フルディスクアクセス」を開きます。%1 をオンにしてから、%1 を終了して開き直してください。macOS は次回の起動時に適用します。元に戻すには同じ場所でオフにします。</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg)</source>
        <translation>%1 にシステムの変更不可フラグ（schg）が付いています</translation>
    </message>
    <message>
        <source>%1 carries the system immutable flag (schg). While it is set nobody can change, delete or rename it, an administrator included. Only an administrator can clear it, and with System Integrity Protection on, macOS refuses to clear it at all (chflags then fails with &quot;Operation not permitted&quot;); it can then only be cleared from Recovery.</source>
        <translation>%1 にはシステムの変更不可フラグ（schg）が付いています。付いている間は、管理者も含めて誰も変更・削除・名前の変更ができません。外せるのは管理者だけで、システム整合性保護がオンの場合 macOS は外すこと自体を拒否します（chflags は「Operation not permitted」で失敗します）。その場合は復旧モードからしか外せません。</translation>
    </message>
    <message>
        <source>%1 is locked (uchg)</source>
        <translation>%1 はロックされています（uchg）</translation>
    </message>
    <message>
        <source>%1 carries the user immutable flag (uchg), which Finder shows as &quot;Locked&quot; in Get Info. While it is set nobody can change, delete or rename it. Its owner can clear it.</source>
        <translation>%1 にはユーザの変更不可フラグ（uchg）が付いており、Finder の「情報を見る」では「ロック」と表示されます。付いている間は誰も変更・削除・名前の変更ができません。所有者は外すことができます。</translation>
    </message>
    <message>
        <source>%1 is append-only (sappnd)</source>
        <translation>%1 は追記のみです（sappnd）</translation>
    </message>
    <message>
        <source>%1 is append-only (uappnd)</source>
        <translation>%1 は追記のみです（uappnd）</translation>
    </message>
    <message>
        <source>%1 carries an append-only flag (%2): data may be added at the end, but it cannot be overwritten, truncated, deleted or renamed.</source>
        <translation>%1 には追記のみフラグ（%2）が付いています。末尾へのデータの追加はできますが、上書き、切り詰め、削除、名前の変更はできません。</translation>
    </message>
    <message>
        <source>An ACL entry on %1 denies you</source>
        <translation>%1 の ACL エントリがあなたを拒否しています</translation>
    </message>
    <message>
        <source>%1 has an access control list with a deny entry that matches you (%2). macOS applies ACL entries before the ordinary permissions, so it refuses %3 whatever the mode bits say.</source>
        <translation>%1 には、あなたに該当する拒否エントリ（%2）を含むアクセス制御リストがあります。macOS は ACL エントリを通常の権限より先に適用するため、モードビットにかかわらず %3 を拒否します。</translation>
    </message>
    <message>
        <source>Remove the deny entry from the ACL</source>
        <translation>ACL から拒否エントリを削除する</translation>
    </message>
    <message>
        <source>Removes &quot;%1&quot; from the access control list of %2.</source>
        <translation>%2 のアクセス制御リストから「%1」を削除します。</translation>
    </message>
    <message>
        <source>System Integrity Protection guards %1</source>
        <translation>システム整合性保護が %1 を保護しています</translation>
    </message>
    <message>
        <source>%1 is protected by System Integrity Protection (SIP). macOS lets no one change it, an administrator included: it belongs to the operating system and is replaced by updates. Work on a copy elsewhere instead.</source>
        <translation>%1 はシステム整合性保護（SIP）で保護されています。macOS は管理者も含めて誰にも変更させません。これはオペレーティングシステムの一部で、アップデートで置き換えられます。代わりに別の場所のコピーで作業してください。</translation>
    </message>
    <message>
        <source>The App Sandbox keeps this program away from %1</source>
        <translation>App Sandbox がこのプログラムを %1 から遠ざけています</translation>
    </message>
    <message>
        <source>This program runs in the macOS App Sandbox. It may only use its own container and the files you choose in an Open or Save dialog; the permissions of %1 do not matter. Open the file through the program&apos;s Open dialog, or drag it onto the program.</source>
        <translation>このプログラムは macOS の App Sandbox の中で動いています。使えるのは自分のコンテナと、「開く」や「保存」のダイアログであなたが選んだファイルだけで、%1 の権限は関係ありません。プログラムの「開く」ダイアログからファイルを開くか、ファイルをプログラムにドラッグしてください。</translation>
    </message>
    <message>
        <source>macOS privacy protection (TCC) blocks access to %1</source>
        <translation>macOS のプライバシー保護（TCC）が %1 へのアクセスをブロックしています</translation>
    </message>
    <message>
        <source>%1 lies in %2, which macOS privacy protection (TCC) guards. The permissions allow it, but %3 has not been given access, so macOS answers &quot;Operation not permitted&quot;. TCC judges the app that started the command (%3), not the command itself.</source>
        <translation>%1 は %2 の中にあり、そこは macOS のプライバシー保護（TCC）が守っています。権限では許可されていますが、%3 にアクセスが与えられていないため、macOS は「Operation not permitted」と答えます。TCC が判断するのはコマンドを起動したアプリ（%3）で、コマンド自体ではありません。</translation>
    </message>
    <message>
        <source>%1 is quarantined as a download</source>
        <translation>%1 はダウンロードとして隔離されています</translation>
    </message>
    <message>
        <source>%1 carries the quarantine attribute (com.apple.quarantine, set by %2). Gatekeeper checks such programs when they start and blocks those it cannot verify. If you trust where it came from, remove the attribute, or open it once with Control-click &gt; Open.</source>
        <translation>%1 には隔離属性（com.apple.quarantine、%2 が設定）が付いています。Gatekeeper はこのようなプログラムを起動時に確認し、検証できないものをブロックします。入手元を信頼できるなら、属性を削除するか、一度だけ Control キーを押しながらクリックして「開く」で開いてください。</translation>
    </message>
    <message>
        <source>Remove the quarantine attribute</source>
        <translation>隔離属性を削除する</translation>
    </message>
    <message>
        <source>Removes com.apple.quarantine from %1, so Gatekeeper no longer treats it as a fresh download. Only do this for software you trust.</source>
        <translation>%1 から com.apple.quarantine を削除し、Gatekeeper が新しいダウンロードとして扱わないようにします。信頼できるソフトウェアにだけ行ってください。</translation>
    </message>
    <message>
        <source>The server refused your ssh key: this is not a file permission</source>
        <translation>サーバーが ssh 鍵を拒否しました: ファイルのアクセス権の問題ではありません</translation>
    </message>
    <message>
        <source>&quot;Permission denied (publickey)&quot; comes from the remote server: none of the keys ssh offered is accepted for that account. Check which keys your agent holds (ssh-add -l), that the public key is registered for the account (GitHub, GitLab, authorized_keys), and the user name in the address. ssh -v shows which keys were tried.</source>
        <translation>「Permission denied (publickey)」はリモートサーバーからの応答です。ssh が提示した鍵はどれもそのアカウントで受け入れられていません。エージェントが保持している鍵 (ssh-add -l)、公開鍵がそのアカウントに登録されているか (GitHub、GitLab、authorized_keys)、アドレス内のユーザー名を確認してください。ssh -v で試した鍵がわかります。</translation>
    </message>
    <message>
        <source>See which keys ssh offers</source>
        <translation>ssh が提示する鍵を確認する</translation>
    </message>
    <message>
        <source>Connects with verbose output; nothing changes.</source>
        <translation>詳細出力で接続します。何も変更しません。</translation>
    </message>
    <message>
        <source>Load your key into the agent</source>
        <translation>鍵をエージェントに読み込む</translation>
    </message>
    <message>
        <source>Adds your default private key to the running ssh-agent.</source>
        <translation>既定の秘密鍵を実行中の ssh-agent に追加します。</translation>
    </message>
    <message>
        <source>git refuses a repository owned by another user</source>
        <translation>git が他のユーザーの所有するリポジトリを拒否しています</translation>
    </message>
    <message>
        <source>Since git 2.35.2 git will not work in a repository whose folder belongs to someone else, because its hooks and config could run code as you. Either give the folder to yourself, or, if you trust its owner, mark it safe for git.</source>
        <translation>git 2.35.2 以降、git はフォルダーが他人の所有であるリポジトリでは動作しません。そのフックや設定があなたとしてコードを実行できてしまうためです。フォルダーを自分のものにするか、所有者を信頼できるなら git に安全だと登録してください。</translation>
    </message>
    <message>
        <source>Trust this repository</source>
        <translation>このリポジトリを信頼する</translation>
    </message>
    <message>
        <source>Adds the folder to safe.directory in your git config.</source>
        <translation>git の設定の safe.directory にフォルダーを追加します。</translation>
    </message>
    <message>
        <source>%1 is probably open in Excel or Word</source>
        <translation>%1 はおそらく Excel か Word で開かれています</translation>
    </message>
    <message>
        <source>Another program has %1 open</source>
        <translation>別のプログラムが %1 を開いています</translation>
    </message>
    <message>
        <source>Windows does not let a program write or delete a file that another program opened without sharing, and Office opens documents that way. Close the document (check the taskbar for a second window), then try again. If your own code writes the file, write a temporary file in the same folder and replace the original with it.</source>
        <translation>Windows では、別のプログラムが共有なしで開いたファイルへの書き込みや削除はできず、Office は文書をそのように開きます。文書を閉じて (タスクバーに 2 つ目のウィンドウがないか確認してください) から、もう一度試してください。自分のコードがファイルを書き込む場合は、同じフォルダーに一時ファイルを書き込み、それで元のファイルを置き換えてください。</translation>
    </message>
    <message>
        <source>Windows refused because another process has the file open without sharing. Find it with WhyDenied on that machine (or Resource Monitor, or Sysinternals Handle), close it and retry. Antivirus, indexing and backup tools hold files briefly: retrying after a short pause often works.</source>
        <translation>別のプロセスが共有なしでファイルを開いているため、Windows は拒否しました。そのマシンで WhyDenied (またはリソース モニター、Sysinternals Handle) を使ってそのプロセスを見つけ、閉じてから再試行してください。ウイルス対策、インデックス作成、バックアップのツールは一時的にファイルを保持するので、少し待ってから再試行するとうまくいくことがよくあります。</translation>
    </message>
    <message>
        <source>Write a temporary file, then replace</source>
        <translation>一時ファイルに書き込んでから置き換える</translation>
    </message>
    <message>
        <source>For developers: write to a new file in the same folder and replace the original with os.replace (Python) or File.Replace (.NET).</source>
        <translation>開発者向け: 同じフォルダーの新しいファイルに書き込み、os.replace (Python) または File.Replace (.NET) で元のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>%1 may be a folder, which Python on Windows reports as Permission denied</source>
        <translation>%1 はフォルダーかもしれません。Windows の Python はそれを Permission denied と報告します</translation>
    </message>
    <message>
        <source>On Windows, open() on a folder fails with PermissionError [Errno 13], not IsADirectoryError. Open a file inside it, list it with os.scandir, or remove it with shutil.rmtree.</source>
        <translation>Windows では、フォルダーに対する open() は IsADirectoryError ではなく PermissionError [Errno 13] で失敗します。中のファイルを開くか、os.scandir で一覧表示するか、shutil.rmtree で削除してください。</translation>
    </message>
    <message>
        <source>Windows Security may be protecting this folder</source>
        <translation>Windows セキュリティがこのフォルダーを保護している可能性があります</translation>
    </message>
    <message>
        <source>Controlled Folder Access (Windows Security, Ransomware protection) blocks programs it does not know from changing Documents, Desktop, Pictures and similar folders, and reports it as Access is denied. Allow the program there, or save elsewhere.</source>
        <translation>コントロールされたフォルダー アクセス (Windows セキュリティのランサムウェア防止) は、知らないプログラムがドキュメント、デスクトップ、ピクチャなどのフォルダーを変更するのをブロックし、それを「アクセスが拒否されました」と報告します。そこでプログラムを許可するか、別の場所に保存してください。</translation>
    </message>
    <message>
        <source>Open Ransomware protection settings</source>
        <translation>ランサムウェア防止の設定を開く</translation>
    </message>
    <message>
        <source>Opens Windows Security where allowed apps are listed.</source>
        <translation>許可されたアプリが一覧表示される Windows セキュリティを開きます。</translation>
    </message>
    <message>
        <source>%1 can %2 %3</source>
        <translation>%1 は %3 にアクセスできます (%2)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3</source>
        <translation>%1 は %3 にアクセスできません (%2)</translation>
    </message>
    <message>
        <source>Whether %1 can %2 %3 is unknown</source>
        <translation>%1 が %3 にアクセスできるかどうか不明です (%2)</translation>
    </message>
    <message>
        <source>Grant only %1 %2 on it (ACL)</source>
        <translation>%1 だけに %2 を許可する (ACL)</translation>
    </message>
    <message>
        <source>Inside the container, %1 belongs to someone else</source>
        <translation>コンテナー内では %1 は他人のものです</translation>
    </message>
    <message>
        <source>The process runs in its own user namespace as %1. %2 is owned by host uid %3, which the container sees as %4: a folder made on the host and bind-mounted in. Run the container as the owner&apos;s uid, let the runtime map the volume (Podman&apos;s :U, an idmapped mount), or give the folder to the container&apos;s user on the host.</source>
        <translation>このプロセスは独自のユーザー名前空間で %1 として実行されています。%2 の所有者はホストの UID %3 で、コンテナーからは %4 に見えます。ホストで作成してバインドマウントしたフォルダーです。所有者の UID でコンテナーを実行するか、ランタイムにボリュームを対応付けさせる (Podman の :U、ID マップ付きマウント) か、ホスト上でフォルダーをコンテナーのユーザーに渡してください。</translation>
    </message>
    <message>
        <source>Run the container as the folder&apos;s owner</source>
        <translation>フォルダーの所有者としてコンテナーを実行する</translation>
    </message>
    <message>
        <source>Starts the container with the uid that owns %1 (docker run --user, podman run --user).</source>
        <translation>%1 を所有する UID でコンテナーを起動します (docker run --user、podman run --user)。</translation>
    </message>
    <message>
        <source>Give the folder to the container&apos;s user on the host</source>
        <translation>ホスト上でフォルダーをコンテナーのユーザーに渡す</translation>
    </message>
    <message>
        <source>Makes host uid %1 (the container&apos;s user) the owner of %2.</source>
        <translation>ホストの UID %1 (コンテナーのユーザー) を %2 の所有者にします。</translation>
    </message>
    <message>
        <source>Only members of the group %1 may talk to the Docker daemon</source>
        <translation>Docker デーモンと通信できるのはグループ %1 のメンバーだけです</translation>
    </message>
    <message>
        <source>The Docker socket %1 belongs to %2:%3 with mode %4. Membership of %3 is what docker commands need, and it is equivalent to root on this machine: anyone in it can mount / into a container. Rootless Docker or Podman avoid that.</source>
        <translation>Docker ソケット %1 は %2:%3 の所有で、モードは %4 です。docker コマンドには %3 のメンバーシップが必要ですが、これはこのマシンの root と同等です。メンバーなら誰でも / をコンテナーにマウントできます。rootless Docker や Podman ならこれを避けられます。</translation>
    </message>
    <message>
        <source>Join the group %1 (root-equivalent)</source>
        <translation>グループ %1 に参加する (root と同等)</translation>
    </message>
    <message>
        <source>Adds you to %1. It takes effect after you log in again (or in `newgrp %1`). Members of %1 can become root through Docker.</source>
        <translation>あなたを %1 に追加します。次のログイン後 (または `newgrp %1` 内) に有効になります。%1 のメンバーは Docker を通じて root になれます。</translation>
    </message>
    <message>
        <source>Use rootless Docker or Podman instead</source>
        <translation>代わりに rootless Docker か Podman を使う</translation>
    </message>
    <message>
        <source>Runs containers as you, without a root-equivalent group (dockerd-rootless-setuptool.sh install, or podman, which needs no daemon).</source>
        <translation>root と同等のグループなしで、あなたとしてコンテナーを実行します (dockerd-rootless-setuptool.sh install、またはデーモン不要の Podman)。</translation>
    </message>
    <message>
        <source>It works now: the error came from another time, user or machine</source>
        <translation>今は動作します: エラーは別の時点、ユーザー、またはマシンで起きたものです</translation>
    </message>
    <message>
        <source>The kernel lets you do this right now. The error was raised by another user (a service, a cron job, sudo), on another machine or in a container with other mounts, or while a program held the file and has since closed it. Check who ran the program that failed.</source>
        <translation>カーネルは今この操作を許可しています。エラーは別のユーザー (サービス、cron ジョブ、sudo)、別のマシン、マウントの異なるコンテナーで起きたか、すでに閉じたプログラムがファイルを保持していた間に起きたものです。失敗したプログラムを誰が実行したか確認してください。</translation>
    </message>
    <message>
        <source>%1 entries in %2 belong to another user</source>
        <translation>%2 内の %1 件のエントリーが他のユーザーのものです</translation>
    </message>
    <message>
        <source>git can only add objects and replace files it may write. Inside %1, %2 entries are owned by someone else, typically left by running git with sudo once. Give them back to %3, and run git without sudo from then on.</source>
        <translation>git が追加できるオブジェクトや置き換えられるファイルは、書き込めるものだけです。%1 内の %2 件のエントリーは他人の所有で、たいていは一度 sudo で git を実行したときの名残です。それらを %3 に戻し、以後は sudo なしで git を実行してください。</translation>
    </message>
    <message>
        <source>Give the repository&apos;s files back to %1</source>
        <translation>リポジトリのファイルを %1 に戻す</translation>
    </message>
    <message>
        <source>Makes %1 the owner of everything inside %2 (only inside it).</source>
        <translation>%2 内のすべて (その中だけ) の所有者を %1 にします。</translation>
    </message>
    <message>
        <source>%1 tried to install into a system folder</source>
        <translation>%1 がシステムフォルダーにインストールしようとしました</translation>
    </message>
    <message>
        <source>%1 belongs to the system. Do not use sudo npm: it leaves root-owned files behind. Install Node through nvm, or give npm a prefix of your own.</source>
        <translation>%1 はシステムのものです。sudo npm は使わないでください。root 所有のファイルが残ります。nvm で Node をインストールするか、npm に自分用のプレフィックスを設定してください。</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python, which is marked externally managed (PEP 668): packages there come from apt. Use a virtual environment (python3 -m venv), or pipx for applications.</source>
        <translation>%1 は外部管理 (PEP 668) とされたシステムの Python のものです。そこにあるパッケージは apt から来ています。仮想環境 (python3 -m venv) を使うか、アプリケーションには pipx を使ってください。</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Python. Do not use sudo pip: it fights with apt. Use a virtual environment (python3 -m venv), pipx, or pip install --user.</source>
        <translation>%1 はシステムの Python のものです。sudo pip は apt と衝突するので使わないでください。仮想環境 (python3 -m venv)、pipx、または pip install --user を使ってください。</translation>
    </message>
    <message>
        <source>%1 belongs to the system&apos;s Ruby. Do not use sudo gem: install gems for yourself with gem install --user-install, or use a Ruby version manager.</source>
        <translation>%1 はシステムの Ruby のものです。sudo gem は使わないでください。gem install --user-install で自分用に gem をインストールするか、Ruby のバージョン管理ツールを使ってください。</translation>
    </message>
    <message>
        <source>Install global packages under your home folder</source>
        <translation>グローバルパッケージをホームフォルダーにインストールする</translation>
    </message>
    <message>
        <source>Makes npm install -g use ~/.npm-global; add ~/.npm-global/bin to your PATH.</source>
        <translation>npm install -g が ~/.npm-global を使うようにします。~/.npm-global/bin を PATH に追加してください。</translation>
    </message>
    <message>
        <source>Use a virtual environment</source>
        <translation>仮想環境を使う</translation>
    </message>
    <message>
        <source>Creates .venv in the current folder; install packages there with .venv/bin/pip.</source>
        <translation>現在のフォルダーに .venv を作成します。パッケージは .venv/bin/pip でそこにインストールしてください。</translation>
    </message>
    <message>
        <source>Install the gem for yourself</source>
        <translation>gem を自分用にインストールする</translation>
    </message>
    <message>
        <source>Installs into ~/.local/share/gem; add its bin folder to your PATH.</source>
        <translation>~/.local/share/gem にインストールします。その bin フォルダーを PATH に追加してください。</translation>
    </message>
    <message>
        <source>The web server does not run as you</source>
        <translation>Web サーバーはあなたとして実行されていません</translation>
    </message>
    <message>
        <source>This looks like a web server&apos;s error. It runs as its own user (%1 on Debian and Ubuntu; nginx or apache elsewhere), so what you may do says little about what it may do. Check %2 for that user: the usual fix is a group or ACL grant on the one folder that blocks it, never chmod 777.</source>
        <translation>これは Web サーバーのエラーのようです。Web サーバーは専用のユーザー (Debian と Ubuntu では %1、その他では nginx や apache) で実行されるため、あなたにできることは、Web サーバーにできることをほとんど示しません。そのユーザーについて %2 を確認してください。通常の解決策は、妨げている 1 つのフォルダーにグループか ACL で権限を与えることで、chmod 777 は決して使わないでください。</translation>
    </message>
    <message>
        <source>Check for %1</source>
        <translation>%1 について確認</translation>
    </message>
    <message>
        <source>Diagnoses the same path for the user %1.</source>
        <translation>同じパスをユーザー %1 について診断します。</translation>
    </message>
    <message>
        <source>git refuses %1 because it belongs to %2</source>
        <translation>%1 は %2 のものなので、git が拒否しています</translation>
    </message>
    <message>
        <source>Since version 2.35.2 git will not work in a repository owned by another user, because its hooks and configuration could run code as you. If you trust %1, mark the folder safe for git; if the repository should be yours, give it back to you.</source>
        <translation>バージョン 2.35.2 以降、git は他のユーザーが所有するリポジトリでは動作しません。そのフックや設定があなたとしてコードを実行できてしまうためです。%1 を信頼できるならフォルダーを git に安全だと登録し、リポジトリが本来あなたのものなら、所有権を自分に戻してください。</translation>
    </message>
    <message>
        <source>Adds %1 to safe.directory in your git configuration; nothing else changes.</source>
        <translation>git の設定の safe.directory に %1 を追加します。それ以外は何も変わりません。</translation>
    </message>
    <message>
        <source>sshd does not trust %1: others can write it</source>
        <translation>他のユーザーが書き込めるため、sshd は %1 を信頼しません</translation>
    </message>
    <message>
        <source>sshd (StrictModes) ignores your authorized_keys when your home folder, ~/.ssh or the file can be written by anyone but you. It wants ~/.ssh at 700, authorized_keys at 600 and no group or other write permission on your home folder.</source>
        <translation>ホームフォルダー、~/.ssh、またはそのファイルにあなた以外が書き込める場合、sshd (StrictModes) は authorized_keys を無視します。~/.ssh は 700、authorized_keys は 600 で、ホームフォルダーにはグループとその他の書き込み権限がないことが求められます。</translation>
    </message>
    <message>
        <source>Make ~/.ssh private (700)</source>
        <translation>~/.ssh を非公開にする (700)</translation>
    </message>
    <message>
        <source>Make the file private (600)</source>
        <translation>ファイルを非公開にする (600)</translation>
    </message>
    <message>
        <source>Take away group and other write</source>
        <translation>グループとその他の書き込み権限を外す</translation>
    </message>
    <message>
        <source>A container left %1 owned by root</source>
        <translation>コンテナーが %1 を root の所有のまま残しました</translation>
    </message>
    <message>
        <source>%1 belongs to root on this machine: a container running as root wrote it through a bind mount. Run the container as you (docker run --user &quot;$(id -u):$(id -g)&quot;), let Podman map the volume (:U), and give the existing files back to you once.</source>
        <translation>%1 はこのマシンでは root の所有です。root として動いていたコンテナーがバインドマウント経由で書き込みました。コンテナーを自分のユーザーで実行し (docker run --user &quot;$(id -u):$(id -g)&quot;)、Podman にボリュームを対応付けさせ (:U)、既存のファイルは一度だけ自分の所有に戻してください。</translation>
    </message>
    <message>
        <source>Run the container as you</source>
        <translation>コンテナーを自分のユーザーで実行する</translation>
    </message>
    <message>
        <source>New files in the mounted folder will then be yours.</source>
        <translation>これで、マウントしたフォルダーの新しいファイルはあなたの所有になります。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write to</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>list</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>enter</source>
        <translation>フォルダーへの移動</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>change the permissions of</source>
        <translation>アクセス権の変更</translation>
    </message>
    <message>
        <source>change the owner of</source>
        <translation>所有者の変更</translation>
    </message>
    <message>
        <source>use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>The AppArmor profile %1 denies %2</source>
        <translation>AppArmor プロファイル %1 が %2 を拒否しています</translation>
    </message>
    <message>
        <source>Allow the path in the profile&apos;s local rules (administrator)</source>
        <translation>プロファイルのローカル規則でこのパスを許可する(管理者)</translation>
    </message>
    <message>
        <source>Add the line &quot;%1&quot; to %2, then reload the profile with the command shown. WhyDenied does not change security policy.</source>
        <translation>%2 に「%1」という行を加え、表示したコマンドでプロファイルを再読み込みしてください。WhyDenied はセキュリティポリシーを変更しません。</translation>
    </message>
    <message>
        <source>Connect the snap&apos;s removable-media interface</source>
        <translation>snap の removable-media インターフェースを接続する</translation>
    </message>
    <message>
        <source>Lets the %1 snap read and write under /media, /mnt and /run/media.</source>
        <translation>snap %1 が /media、/mnt、/run/media の下を読み書きできるようにします。</translation>
    </message>
    <message>
        <source>Copy it where the snap can read it</source>
        <translation>snap が読める場所にコピーする</translation>
    </message>
    <message>
        <source>Copies %1 into %2, which the snap may read.</source>
        <translation>%1 を snap が読める %2 にコピーします。</translation>
    </message>
    <message>
        <source>The %1 snap is confined</source>
        <translation>snap %1 は閉じ込められています</translation>
    </message>
    <message>
        <source>The %1 snap is confined by AppArmor: it reads only its own folders (~/snap/%1), your home through the home interface and removable media when its removable-media interface is connected. %2 is outside them (a snap also has its own /tmp).</source>
        <translation>snap %1 は AppArmor で閉じ込められています。読めるのは自分のフォルダー(~/snap/%1)、home インターフェース経由のホーム、removable-media インターフェースを接続したときのリムーバブルメディアだけです。%2 はその外にあります(snap は独自の /tmp も持ちます)。</translation>
    </message>
    <message>
        <source>The Flatpak %1 is confined</source>
        <translation>Flatpak %1 は閉じ込められています</translation>
    </message>
    <message>
        <source>The Flatpak %1 sees only the folders its permissions grant. Give it %2 with flatpak override, or open the file through the file chooser (the portal).</source>
        <translation>Flatpak %1 は権限で許されたフォルダーしか見えません。flatpak override で %2 を許可するか、ファイル選択ダイアログ(ポータル)からファイルを開いてください。</translation>
    </message>
    <message>
        <source>Give the Flatpak access to the folder</source>
        <translation>Flatpak にフォルダーへのアクセスを与える</translation>
    </message>
    <message>
        <source>Lets %1 read and write %2 from now on (flatpak override --user).</source>
        <translation>今後 %1 が %2 を読み書きできるようにします(flatpak override --user)。</translation>
    </message>
    <message>
        <source>%1 runs in a sandbox</source>
        <translation>%1 はサンドボックス内で動いています</translation>
    </message>
    <message>
        <source>%1 is sandboxed (%2). A sandbox has its own rules that may deny what the file&apos;s permissions allow, and they cannot be read from outside the process: a check made outside the sandbox cannot say whether it may %3 %4.</source>
        <translation>%1 はサンドボックス内にあります(%2)。サンドボックスには独自の規則があり、ファイルの権限が許すことでも拒否することがあります。その規則はプロセスの外からは読めません。サンドボックスの外で行った確認では、%4 を%3できるかどうかは分かりません。</translation>
    </message>
    <message>
        <source>SELinux denies %1 %2 on %3</source>
        <translation>SELinux が %1 に %3 への %2 を拒否しています</translation>
    </message>
    <message>
        <source>The policy has a switch for this: the boolean %1 is off. Turning it on allows %2 to do this wherever it applies, so turn it on only if the service should.</source>
        <translation>ポリシーにはこのためのスイッチがあります。ブール値 %1 がオフです。オンにすると、%2 は該当するすべての場所でこれを行えるようになるので、サービスにそれが必要な場合だけオンにしてください。</translation>
    </message>
    <message>
        <source>Turn on the SELinux boolean %1 (administrator)</source>
        <translation>SELinux ブール値 %1 をオンにする(管理者)</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which files there do not have: a file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 のラベルは %2 ですが、その場所のファイルはこのラベルを持ちません。mv で移動したファイルは作られた場所のラベルを保ちます。restorecon で既定のラベルに戻せます。</translation>
    </message>
    <message>
        <source>%1 is labelled %2, which is not the label files there should have (%3). A file moved with mv keeps the label of the place it was made; restorecon gives it the default one.</source>
        <translation>%1 のラベルは %2 で、その場所のファイルが持つべきラベル(%3)ではありません。mv で移動したファイルは作られた場所のラベルを保ちます。restorecon で既定のラベルに戻せます。</translation>
    </message>
    <message>
        <source>%1 is in a place the policy does not know as %2&apos;s (label %3). Tell SELinux what the folder holds with semanage fcontext, then relabel it.</source>
        <translation>%1 は、ポリシーが %2 の場所として知らない場所にあります(ラベル %3)。semanage fcontext でフォルダーの中身を SELinux に伝え、ラベルを付け直してください。</translation>
    </message>
    <message>
        <source>Label the folder as %1 (administrator)</source>
        <translation>フォルダーに %1 のラベルを付ける(管理者)</translation>
    </message>
    <message>
        <source>No label or boolean explains it: the policy has no rule letting %1 %2 a %3 labelled %4. A local policy module (audit2allow) would add one, but it widens what the program may do: make sure it should do this at all, and never load a module you have not read.</source>
        <translation>ラベルでもブール値でも説明できません。ポリシーには、%1 がラベル %4 の %3 に %2 を行うことを許す規則がありません。ローカルポリシーモジュール(audit2allow)で追加できますが、プログラムにできることが広がります。本当にそれが必要か確かめ、読んでいないモジュールは決して読み込まないでください。</translation>
    </message>
    <message>
        <source>Explain the denial with audit2allow -w (administrator)</source>
        <translation>audit2allow -w で拒否を説明させる(管理者)</translation>
    </message>
    <message>
        <source>The profile %1 (mode: %2) lets its program use only the paths it lists; %3 asked for &quot;%4&quot; on %5 and was denied &quot;%6&quot;. Add the line &quot;%7&quot; to %8 and reload the profile; do not disable the profile.</source>
        <translation>プロファイル %1(モード: %2)は、記載したパスしかプログラムに使わせません。%3 は %5 に「%4」を求め、「%6」が拒否されました。%8 に「%7」という行を加えてプロファイルを再読み込みしてください。プロファイルを無効にしないでください。</translation>
    </message>
    <message>
        <source>create files in</source>
        <translation>中へのファイル作成</translation>
    </message>
    <message>
        <source>You can %1 and %2 %3 — the error must come from somewhere else</source>
        <translation>%3 にアクセスできます (%1、%2)。エラーの原因は別のところにあります</translation>
    </message>
    <message>
        <source>%1 can %2 and %3 %4</source>
        <translation>%1 は %4 にアクセスできます (%2、%3)</translation>
    </message>
    <message>
        <source>You can %1, %2 and %3 %4 — the error must come from somewhere else</source>
        <translation>%4 にアクセスできます (%1、%2、%3)。エラーの原因は別のところにあります</translation>
    </message>
    <message>
        <source>%1 can %2, %3 and %4 %5</source>
        <translation>%1 は %5 にアクセスできます (%2、%3、%4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2 or %3 it</source>
        <translation>%2 にアクセスできません (%1、%3)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3 or %4 it</source>
        <translation>%1 は %3 にアクセスできません (%2、%4)</translation>
    </message>
    <message>
        <source>You cannot %1 %2, %3 it or %4 it</source>
        <translation>%2 にアクセスできません (%1、%3、%4)</translation>
    </message>
    <message>
        <source>%1 cannot %2 %3, %4 it or %5 it</source>
        <translation>%1 は %3 にアクセスできません (%2、%4、%5)</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it</source>
        <translation>%2: %1 はできますが、%3 はできません</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it</source>
        <translation>%1 — %3: %2 はできますが、%4 はできません</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it or %4 it</source>
        <translation>%2: %1 はできますが、%3 と %4 はできません</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it or %5 it</source>
        <translation>%1 — %3: %2 はできますが、%4 と %5 はできません</translation>
    </message>
    <message>
        <source>You can %1 %2, but you cannot %3 it, %4 it or %5 it</source>
        <translation>%2: %1 はできますが、%3、%4、%5 はできません</translation>
    </message>
    <message>
        <source>%1 can %2 %3, but cannot %4 it, %5 it or %6 it</source>
        <translation>%1 — %3: %2 はできますが、%4、%5、%6 はできません</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>It does not exist yet, so creating it was checked.</source>
        <translation>まだ存在しないため、作成できるかを確かめました。</translation>
    </message>
    <message>
        <source>path resolution</source>
        <translation>パスの解決</translation>
    </message>
    <message>
        <source>sticky directory rule</source>
        <translation>スティッキーフォルダーの規則</translation>
    </message>
    <message>
        <source>immutable/append-only flag</source>
        <translation>変更不可または追記のみの属性</translation>
    </message>
    <message>
        <source>only the owner may chmod</source>
        <translation>権限を変更 (chmod) できるのは所有者だけ</translation>
    </message>
    <message>
        <source>changing the owner needs CAP_CHOWN</source>
        <translation>所有者の変更には CAP_CHOWN が必要</translation>
    </message>
    <message>
        <source>read-only mount</source>
        <translation>読み取り専用のマウント</translation>
    </message>
    <message>
        <source>open(O_WRONLY) of a directory</source>
        <translation>フォルダーに対する open(O_WRONLY)</translation>
    </message>
    <message>
        <source>execve() of a directory</source>
        <translation>フォルダーに対する execve()</translation>
    </message>
    <message>
        <source>The process runs under a seccomp filter (%1): it limits which system calls it may make; file access is still as checked here.</source>
        <translation>このプロセスは seccomp フィルター (%1) の下で動いています。使えるシステムコールは制限されますが、ファイルへのアクセスはここで確かめたとおりです。</translation>
    </message>
    <message>
        <source>Only the first %1 entries of %2 were checked for other owners.</source>
        <translation>%2 のうち最初の %1 項目だけ、ほかの所有者がいないか確かめました。</translation>
    </message>
    <message>
        <source>Only root can ask the kernel as another user; this verdict is computed from the facts.</source>
        <translation>別のユーザーとしてカーネルに問い合わせられるのは root だけです。この判定は事実から計算したものです。</translation>
    </message>
    <message>
        <source>open(O_WRONLY) on %1 (refused to anyone)</source>
        <translation>%1 に対する open(O_WRONLY)（誰にも拒否）</translation>
    </message>
    <message>
        <source>Could not switch to the subject to ask the kernel; this verdict is computed.</source>
        <translation>対象に切り替えてカーネルに問い合わせることができませんでした。この判定は計算したものです。</translation>
    </message>
    <message>
        <source>The path changed while it was being checked; these facts are from a second look.</source>
        <translation>確認中にパスが変わりました。これらの事実は 2 回目の確認によるものです。</translation>
    </message>
    <message>
        <source>path length</source>
        <translation>パスの長さ</translation>
    </message>
    <message>
        <source>uid %1 has no account here; its primary group is assumed to be gid %1 and it has no other groups.</source>
        <translation>uid %1 にはこのマシンのアカウントがありません。主グループは gid %1、ほかのグループはないものとみなします。</translation>
    </message>
    <message>
        <source>The process has its own mount namespace: paths are checked as this system sees them.</source>
        <translation>このプロセスは独自のマウント名前空間を持っています。パスはこのシステムから見たとおりに確かめます。</translation>
    </message>
    <message>
        <source>The process has its own mount namespace and root %1: paths are checked as this system sees them.</source>
        <translation>このプロセスは独自のマウント名前空間とルート %1 を持っています。パスはこのシステムから見たとおりに確かめます。</translation>
    </message>
    <message>
        <source>The file is a cloud placeholder; it was not opened, to avoid downloading it.</source>
        <translation>このファイルはクラウドのプレースホルダーです。ダウンロードを避けるため開いていません。</translation>
    </message>
    <message>
        <source>Only drive (C:\…), UNC (\\server\share\…) and \\?\ paths are examined.</source>
        <translation>調べるのはドライブ (C:\…)、UNC (\\server\share\…)、\\?\ のパスだけです。</translation>
    </message>
    <message>
        <source>%1 could not be inspected</source>
        <translation>%1 を調べられませんでした</translation>
    </message>
    <message>
        <source>no search permission on %1</source>
        <translation>%1 に検索 (x) 権限がない</translation>
    </message>
    <message>
        <source>read-only mount %1</source>
        <translation>読み取り専用のマウント %1</translation>
    </message>
    <message>
        <source>immutable flag on %1</source>
        <translation>%1 の変更不可属性</translation>
    </message>
    <message>
        <source>no containing folder</source>
        <translation>親フォルダーがない</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>noexec mount %1</source>
        <translation>noexec のマウント %1</translation>
    </message>
    <message>
        <source>append-only flag: only appending is allowed</source>
        <translation>追記のみの属性: 追記だけが許される</translation>
    </message>
    <message>
        <source>Give the owner %1 %2 on it</source>
        <translation>所有者 %1 に %2 を与える</translation>
    </message>
    <message>
        <source>Give everyone %1 on it</source>
        <translation>全員に %1 を与える</translation>
    </message>
    <message>
        <source>%1 at %2: the server decides</source>
        <translation>%2 の %1: 判断するのはサーバー</translation>
    </message>
    <message>
        <source>journald did not answer within 5 s; its audit records were not read.</source>
        <translation>journald が 5 秒以内に応答しなかったため、その監査記録は読まれていません。</translation>
    </message>
    <message>
        <source>journald shows the system&apos;s audit records only to root and the groups adm and systemd-journal. To read them: %1</source>
        <translation>journald はシステムの監査記録を root と adm・systemd-journal グループにしか見せません。読むには: %1</translation>
    </message>
    <message>
        <source>%1 is readable only by root. To read it: %2</source>
        <translation>%1 は root しか読めません。読むには: %2</translation>
    </message>
    <message>
        <source>Gives %1 the label the SELinux policy has for that place, as restorecon -v does; the label it has now is recorded, so undo can put it back.</source>
        <translation>restorecon -v と同じように、%1 にその場所で SELinux ポリシーが定めるラベルを付けます。今のラベルは記録されるので、元に戻すことができます。</translation>
    </message>
    <message>
        <source>needs %1, the ACL grants %2</source>
        <translation>%1 が必要、ACL が許可するのは %2</translation>
    </message>
    <message>
        <source>needs %1, owner has %2</source>
        <translation>%1 が必要、所有者の権限は %2</translation>
    </message>
    <message>
        <source>needs %1, group has %2</source>
        <translation>%1 が必要、グループの権限は %2</translation>
    </message>
    <message>
        <source>needs %1, group %2 is not active in this session</source>
        <translation>%1 が必要、グループ %2 はこのセッションで有効ではありません</translation>
    </message>
    <message>
        <source>needs %1, others have %2</source>
        <translation>%1 が必要、その他のユーザーの権限は %2</translation>
    </message>
    <message>
        <source>the filesystem is mounted read-only</source>
        <translation>ファイルシステムが読み取り専用でマウントされています</translation>
    </message>
    <message>
        <source>immutable flag (chattr +i)</source>
        <translation>変更不可フラグ (chattr +i)</translation>
    </message>
    <message>
        <source>no search (x) permission: nothing inside can be reached</source>
        <translation>検索 (x) 権限がありません: 中のものには到達できません</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a): only appending is allowed</source>
        <translation>追記のみフラグ (chattr +a): 追記だけが許可されます</translation>
    </message>
    <message>
        <source>the kernel refuses writing (EPERM): an attribute forbids it</source>
        <translation>カーネルが書き込みを拒否しています (EPERM): 属性が禁止しています</translation>
    </message>
    <message>
        <source>the kernel denies (errno %1) though the bits, ACL and flags allow; a security module may decide</source>
        <translation>権限ビット・ACL・フラグは許可しているのにカーネルが拒否しています (errno %1)。セキュリティモジュールが判断している可能性があります</translation>
    </message>
    <message>
        <source>its folder is immutable (chattr +i)</source>
        <translation>そのフォルダーは変更不可です (chattr +i)</translation>
    </message>
    <message>
        <source>its folder lacks write+search for you (mode %1)</source>
        <translation>そのフォルダーにあなたの書き込み+検索の権限がありません (モード %1)</translation>
    </message>
    <message>
        <source>sticky folder: only the owner of the entry or of the folder may remove it</source>
        <translation>スティッキーフォルダー: 削除できるのは項目またはフォルダーの所有者だけです</translation>
    </message>
    <message>
        <source>append-only flag (chattr +a)</source>
        <translation>追記のみフラグ (chattr +a)</translation>
    </message>
    <message>
        <source>cannot start pkexec (is it installed?)</source>
        <translation>pkexec を起動できません (インストールされていますか?)</translation>
    </message>
    <message>
        <source>no answer from the administrator prompt or the helper in time</source>
        <translation>管理者の確認画面またはヘルパーから時間内に応答がありませんでした</translation>
    </message>
    <message>
        <source>the administrator prompt was dismissed</source>
        <translation>管理者の確認画面が閉じられました</translation>
    </message>
    <message>
        <source>pkexec is not installed (Debian and Ubuntu: apt install pkexec)</source>
        <translation>pkexec がインストールされていません (Debian と Ubuntu: apt install pkexec)</translation>
    </message>
    <message>
        <source>no password prompt could be shown: no polkit authentication agent is running in this session (log in to a desktop session, or run the shown command in a terminal with sudo)</source>
        <translation>パスワードの確認画面を表示できませんでした: このセッションでは polkit の認証エージェントが動いていません (デスクトップセッションにログインするか、表示されたコマンドを端末で sudo 付きで実行してください)</translation>
    </message>
    <message>
        <source>not authorised: the administrator password was refused, or this account may not do this</source>
        <translation>許可されませんでした: 管理者パスワードが拒否されたか、このアカウントにはこの操作が許されていません</translation>
    </message>
    <message>
        <source>the privileged helper could not be started (reinstall WhyDenied)</source>
        <translation>特権ヘルパーを起動できませんでした (WhyDenied を再インストールしてください)</translation>
    </message>
    <message>
        <source>pkexec could not run the helper</source>
        <translation>pkexec がヘルパーを実行できませんでした</translation>
    </message>
    <message>
        <source>pkexec could not run the helper: %1</source>
        <translation>pkexec がヘルパーを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>the helper failed (status %1)</source>
        <translation>ヘルパーが失敗しました (ステータス %1)</translation>
    </message>
    <message>
        <source>the helper refused: %1</source>
        <translation>ヘルパーが拒否しました: %1</translation>
    </message>
    <message>
        <source>the privileged helper is not installed (%1 is missing; reinstall WhyDenied)</source>
        <translation>特権ヘルパーがインストールされていません (%1 がありません。WhyDenied を再インストールしてください)</translation>
    </message>
    <message>
        <source>the helper&apos;s answer could not be read</source>
        <translation>ヘルパーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>cannot create a private folder for the request: %1</source>
        <translation>要求用の非公開フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot write the request: %1</source>
        <translation>要求を書き込めません: %1</translation>
    </message>
    <message>
        <source>the helper&apos;s path is not absolute: %1</source>
        <translation>ヘルパーのパスが絶対パスではありません: %1</translation>
    </message>
    <message>
        <source>cannot start osascript</source>
        <translation>osascript を起動できません</translation>
    </message>
    <message>
        <source>an answer came from another program than the helper; it was ignored</source>
        <translation>ヘルパー以外のプログラムから応答が届いたため、無視しました</translation>
    </message>
    <message>
        <source>cannot make a pipe for the helper&apos;s answer (%1)</source>
        <translation>ヘルパーの応答用のパイプを作成できません (%1)</translation>
    </message>
    <message>
        <source>cannot wait for the helper&apos;s answer (%1)</source>
        <translation>ヘルパーの応答を待てません (%1)</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was declined)</source>
        <translation>許可されませんでした (管理者の確認が拒否されました)</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>%1 を起動できません (%2)</translation>
    </message>
    <message>
        <source>the helper was started without a process handle</source>
        <translation>ヘルパーがプロセスハンドルなしで起動されました</translation>
    </message>
    <message>
        <source>%1 changed since the diagnosis: it is no longer the same file or folder</source>
        <translation>%1 は診断の後に変わりました: 同じファイルやフォルダーではなくなっています</translation>
    </message>
    <message>
        <source>%1 was replaced since the fix</source>
        <translation>%1 は修正の後に置き換えられました</translation>
    </message>
    <message>
        <source>%1 is a system location; the helper changes nothing there</source>
        <translation>%1 はシステムの場所です。ヘルパーはそこを何も変更しません</translation>
    </message>
    <message>
        <source>This fix is a command for %1; nothing was changed here.</source>
        <translation>この解決策は %1 用のコマンドです。ここでは何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it only when you confirm that explicitly. Nothing was changed.</source>
        <translation>%1 はシステムの場所です。WhyDenied は明示的に確認された場合にだけ変更します。何も変更していません。</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper: a program in a folder you can change could be replaced while the prompt waits. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied はあなたのアカウントにだけインストールされているため (%1)、管理者用ヘルパーを起動しません: 確認画面の待機中に、あなたが変更できるフォルダー内のプログラムが置き換えられるおそれがあるためです。何も変更していません。代わりに管理者のターミナルで次を実行してください: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
    <message>
        <source>The change failed part-way: %1</source>
        <translation>変更が途中で失敗しました: %1</translation>
    </message>
    <message>
        <source>The change was made but could not be recorded (%1); undo it by hand: %2</source>
        <translation>変更は行いましたが記録できませんでした (%1)。手作業で元に戻してください: %2</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
    <message>
        <source>Fixed: the copy is at %1, and you can %2 it.</source>
        <translation>解決しました: コピーは %1 にあり、%2ができます。</translation>
    </message>
    <message>
        <source>Fixed: you can now %1 %2.</source>
        <translation>解決しました: %2 の%1ができるようになりました。</translation>
    </message>
    <message>
        <source>Applied, but it is still denied.</source>
        <translation>適用しましたが、まだ拒否されています。</translation>
    </message>
    <message>
        <source>Applied, but it is still denied: %1 (%2).</source>
        <translation>適用しましたが、まだ拒否されています: %1 (%2)。</translation>
    </message>
    <message>
        <source>No fix has been recorded in %1; nothing to undo.</source>
        <translation>%1 には修正が記録されていません。元に戻すものはありません。</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1。何も変更していません。</translation>
    </message>
    <message>
        <source>The fix %1 (%2) was already undone at %3; nothing was changed.</source>
        <translation>修正 %1 (%2) は %3 にすでに元に戻されています。何も変更していません。</translation>
    </message>
    <message>
        <source>The fix %1 was made for %2, not for you; nothing was changed.</source>
        <translation>修正 %1 はあなたではなく %2 のために行われました。何も変更していません。</translation>
    </message>
    <message>
        <source>The fix %1 was made by uid %2; nothing was changed.</source>
        <translation>修正 %1 は uid %2 が行いました。何も変更していません。</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed; run this in an administrator terminal instead: %2</source>
        <translation>WhyDenied はあなたのアカウントにだけインストールされているため (%1)、管理者用ヘルパーを起動しません。何も変更していません。代わりに管理者のターミナルで次を実行してください: %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <translation>元に戻しました: %1 は元の状態に戻りました。</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2; its setuid/setgid bits were not given back (an undo never makes a program privileged again). An administrator can run: %3</source>
        <translation>元に戻しました: %1 は %2 に戻りました。setuid/setgid ビットは戻していません (元に戻す操作でプログラムを再び特権付きにすることはありません)。管理者は次を実行できます: %3</translation>
    </message>
    <message>
        <source>Undo failed part-way: %1</source>
        <translation>元に戻す操作が途中で失敗しました: %1</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Undone: the copy %1 was removed.</source>
        <translation>元に戻しました: コピー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2.</source>
        <translation>元に戻しました: %1 は %2 に戻りました。</translation>
    </message>
    <message>
        <source>Undone: %1 is back to %2. %3.</source>
        <translation>元に戻しました: %1 は %2 に戻りました。%3。</translation>
    </message>
    <message>
        <source>%1 (But the journal could not be updated: %2.)</source>
        <translation>%1 (ただし記録を更新できませんでした: %2。)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>attributes none</source>
        <translation>属性なし</translation>
    </message>
    <message>
        <source>attributes %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <source>security %1</source>
        <translation>セキュリティ %1</translation>
    </message>
    <message>
        <source>mode %1, owner %2</source>
        <translation>モード %1、所有者 %2</translation>
    </message>
    <message>
        <source>ACL %1</source>
        <translation>ACL %1</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>フラグ %1</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (none was).</source>
        <translation>この診断では解決策「%1」は提案されていません (提案はありません)。</translation>
    </message>
    <message>
        <source>No fix &apos;%1&apos; was proposed for this diagnosis (proposed: %2).</source>
        <translation>この診断では解決策「%1」は提案されていません (提案: %2)。</translation>
    </message>
    <message>
        <source>This diagnosis was made for someone else; fixes are applied for your own access only.</source>
        <translation>この診断は別のユーザーのものです。解決策はあなた自身のアクセスにだけ適用されます。</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is shown for an administrator to run; WhyDenied does not apply it: %2</source>
        <translation>解決策「%1」は管理者が実行するためのものです。WhyDenied は適用しません: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply: %2</source>
        <translation>解決策「%1」は WhyDenied が適用できる種類ではありません: %2</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is a command for another system than the one diagnosed: %2</source>
        <translation>解決策「%1」は診断したものとは別のシステム用のコマンドです: %2</translation>
    </message>
    <message>
        <source>Refusing chmod %1: WhyDenied never makes anything writable for everyone.</source>
        <translation>chmod %1 を拒否しました: WhyDenied は何かを全員に書き込み可能にすることはありません。</translation>
    </message>
    <message>
        <source>Unrecognised ACL entry %1.</source>
        <translation>認識できない ACL エントリ %1 です。</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; is not one the engine knows how to apply (%2): %3</source>
        <translation>解決策「%1」は WhyDenied が適用できる種類ではありません (%2): %3</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; would add someone other than you to a group.</source>
        <translation>解決策「%1」はあなた以外のユーザーをグループに追加してしまいます。</translation>
    </message>
    <message>
        <source>The fix &apos;%1&apos; names the group %2, which no inspected part of the diagnosed path has.</source>
        <translation>解決策「%1」はグループ %2 を指定していますが、診断したパスの調べた部分にそのグループはありません。</translation>
    </message>
    <message>
        <source>The fix names %1, which is not an inspected part of the diagnosed path.</source>
        <translation>解決策は %1 を指定していますが、診断したパスの調べた部分ではありません。</translation>
    </message>
    <message>
        <source>A copy needs a regular file and an absolute destination.</source>
        <translation>コピーには通常のファイルと絶対パスのコピー先が必要です。</translation>
    </message>
    <message>
        <source>The plan has no steps; nothing was changed.</source>
        <translation>計画に手順がありません。何も変更していません。</translation>
    </message>
    <message>
        <source>The plan includes a step WhyDenied does not apply (%1); nothing was changed.</source>
        <translation>計画に WhyDenied が適用しない手順が含まれています (%1)。何も変更していません。</translation>
    </message>
    <message>
        <source>The plan is for another system; nothing was changed.</source>
        <translation>この計画は別のシステム用です。何も変更していません。</translation>
    </message>
    <message>
        <source>This plan grants access to another account; only root applies it (the helper grants only to the person asking). Nothing was changed.</source>
        <translation>この計画は別のアカウントにアクセスを与えます。適用できるのは root だけです (ヘルパーは依頼した本人にしか与えません)。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 Undo what was done with: %2</source>
        <translation>%1 行った変更は次で元に戻せます: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was left changed.</source>
        <translation>%1 変更は何も残っていません。</translation>
    </message>
    <message>
        <source>Step failed: %1.</source>
        <translation>手順が失敗しました: %1。</translation>
    </message>
    <message>
        <source>The plan does not fit the helper&apos;s request form (%1).</source>
        <translation>計画がヘルパーの要求形式に合いません (%1)。</translation>
    </message>
    <message>
        <source>Nothing was changed by the helper: %1.</source>
        <translation>ヘルパーは何も変更していません: %1。</translation>
    </message>
    <message>
        <source>Privileged plan steps go through the helper on Linux only.</source>
        <translation>特権が必要な計画の手順は Linux でのみヘルパーを通して実行されます。</translation>
    </message>
    <message>
        <source>The plan was applied but could not be recorded (%1); undo each step by its journal id.</source>
        <translation>計画は適用しましたが記録できませんでした (%1)。各手順を記録の ID で元に戻してください。</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: all %n steps applied, and the kernel now allows it.</source>
        <translation>
            <numerusform>解決しました: %n 個の手順をすべて適用し、カーネルが許可するようになりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps, but the kernel still denies it.</source>
        <translation>
            <numerusform>%n 個の手順をすべて適用しましたが、カーネルはまだ拒否しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied all %n steps.</source>
        <translation>
            <numerusform>%n 個の手順をすべて適用しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan %1 was already undone; nothing was changed.</source>
        <translation>計画 %1 はすでに元に戻されています。何も変更していません。</translation>
    </message>
    <message>
        <source>The plan %1 was applied by uid %2; nothing was changed.</source>
        <translation>計画 %1 は uid %2 が適用しました。何も変更していません。</translation>
    </message>
    <message>
        <source>The helper did not undo its part: %1.</source>
        <translation>ヘルパーは担当分を元に戻しませんでした: %1。</translation>
    </message>
    <message>
        <source>Not every step was undone: %1</source>
        <translation>すべての手順を元に戻せたわけではありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %n steps of the plan %1 were reverted.</source>
        <translation>
            <numerusform>元に戻しました: 計画 %1 の %n 個の手順をすべて戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>ACL entry denying delete</source>
        <translation>削除を拒否する ACL エントリ</translation>
    </message>
    <message>
        <source>changing the owner needs root</source>
        <translation>所有者の変更には root が必要です</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>フォルダーがありません</translation>
    </message>
    <message>
        <source>the read-only attribute forbids deleting</source>
        <translation>読み取り専用属性が削除を禁止しています</translation>
    </message>
    <message>
        <source>not opened: a cloud placeholder that downloads when opened</source>
        <translation>開いていません: 開くとダウンロードされるクラウドのプレースホルダーです</translation>
    </message>
    <message>
        <source>a folder opened as a file (no FILE_FLAG_BACKUP_SEMANTICS)</source>
        <translation>ファイルとして開いたフォルダー (FILE_FLAG_BACKUP_SEMANTICS なし)</translation>
    </message>
    <message>
        <source>path form</source>
        <translation>パスの形式</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the changes were made but the record in %1 may be incomplete</source>
        <translation>変更は行いましたが、%1 の記録は不完全かもしれません</translation>
    </message>
    <message>
        <source>%1 is a system location; WhyDenied changes it in bulk only when run as root. Nothing was changed.</source>
        <translation>%1 はシステムの場所です。WhyDenied がまとめて変更するのは root で実行したときだけです。何も変更していません。</translation>
    </message>
    <message>
        <source>the batch was made by uid %1; nothing was changed</source>
        <translation>この一括変更は uid %1 が行いました。何も変更していません</translation>
    </message>
    <message>
        <source>this batch was already undone; nothing was changed</source>
        <translation>この一括変更はすでに元に戻されています。何も変更していません</translation>
    </message>
    <message>
        <source>no batch %1 in %2</source>
        <translation>%2 に一括変更 %1 はありません</translation>
    </message>
    <message>
        <source>the audit checks read, write, list, traverse, execute or delete, not %1</source>
        <translation>監査で確認できるのは読み取り・書き込み・一覧・通過・実行・削除で、%1 は対象外です</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>不明な対象 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot inspect %1: %2</source>
        <translation>%1 を調べられません: %2</translation>
    </message>
    <message>
        <source>the folder audit is not available on this platform yet</source>
        <translation>フォルダーの監査はこのプラットフォームではまだ使えません</translation>
    </message>
    <message>
        <source>Applying fixes is not supported on this platform yet; run the command shown.</source>
        <translation>このプラットフォームではまだ解決策を適用できません。表示されたコマンドを実行してください。</translation>
    </message>
    <message>
        <source>the administrator prompt failed</source>
        <translation>管理者の確認画面が失敗しました</translation>
    </message>
    <message>
        <source>not authorised (the administrator prompt was cancelled or the password was refused)</source>
        <translation>許可されませんでした (管理者の確認がキャンセルされたか、パスワードが拒否されました)</translation>
    </message>
    <message>
        <source>%1 is now a symbolic link; refusing to follow it</source>
        <translation>%1 はシンボリックリンクになっています。たどりません</translation>
    </message>
    <message>
        <source>%1 is no longer a folder</source>
        <translation>%1 はフォルダーではなくなっています</translation>
    </message>
    <message>
        <source>%1 has %2 names (hard links); an administrator&apos;s fix would change all of them, so nothing was changed</source>
        <translation>%1 には %2 個の名前 (ハードリンク) があります。管理者として修正するとすべてが変わるため、何も変更していません</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>ラベル %1</translation>
    </message>
    <message>
        <source>WhyDenied is installed for your account only (%1), so it does not start its administrator helper. Nothing was changed.</source>
        <translation>WhyDenied はあなたのアカウントにだけインストールされている (%1) ため、管理者用ヘルパーを起動しません。何も変更されていません。</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read.</source>
        <translation>ヘルパーの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 (recorded as %2)</source>
        <translation>%1 (%2 として記録)</translation>
    </message>
    <message>
        <source>The kernel log is readable only by root here (dmesg_restrict). To read it: %1</source>
        <translation>ここではカーネルログは root しか読めません (dmesg_restrict)。読むには: %1</translation>
    </message>
    <message>
        <source>The path is longer than the system allows (PATH_MAX).</source>
        <translation>パスがシステムの許す長さを超えています (PATH_MAX)。</translation>
    </message>
    <message>
        <source>No path given.</source>
        <translation>パスが指定されていません。</translation>
    </message>
    <message>
        <source>The path contains a NUL byte, which no file name can.</source>
        <translation>パスに NUL バイトが含まれています。ファイル名には含められません。</translation>
    </message>
    <message>
        <source>no user named &apos;%1&apos;</source>
        <translation>「%1」という名前のユーザーはいません</translation>
    </message>
    <message>
        <source>no process %1 (or it cannot be inspected)</source>
        <translation>プロセス %1 はありません (または調べられません)</translation>
    </message>
    <message>
        <source>cannot read the credentials of process %1</source>
        <translation>プロセス %1 の資格情報を読めません</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (systemctl did not answer)</source>
        <translation>サービス %1 について systemd に問い合わせられません (systemctl が応答しませんでした)</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1</source>
        <translation>サービス %1 について systemd に問い合わせられません</translation>
    </message>
    <message>
        <source>cannot ask systemd about service %1 (no systemctl here)</source>
        <translation>サービス %1 について systemd に問い合わせられません (ここには systemctl がありません)</translation>
    </message>
    <message>
        <source>no service named %1</source>
        <translation>%1 という名前のサービスはありません</translation>
    </message>
    <message>
        <source>service %1 uses DynamicUser= and is not running: its uid is only chosen at start</source>
        <translation>サービス %1 は DynamicUser= を使っていて動いていません: その uid は起動時にしか決まりません</translation>
    </message>
    <message>
        <source>Checking for another user or process is not supported on macOS yet.</source>
        <translation>macOS では、ほかのユーザーやプロセスについての確認にはまだ対応していません。</translation>
    </message>
    <message>
        <source>uid: needs a number, as in uid:33</source>
        <translation>uid: には数値が必要です (例: uid:33)</translation>
    </message>
    <message>
        <source>pid: needs a process id, as in pid:1234</source>
        <translation>pid: にはプロセス ID が必要です (例: pid:1234)</translation>
    </message>
    <message>
        <source>service: needs a unit name, as in service:nginx</source>
        <translation>service: にはユニット名が必要です (例: service:nginx)</translation>
    </message>
    <message>
        <source>unknown subject &apos;%1:&apos; (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>不明な対象「%1:」(ユーザー名、uid:N、pid:N、service:名前 のいずれかを使ってください)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name (use a user name, uid:N, pid:N or service:NAME)</source>
        <translation>「%1」はユーザー名ではありません (ユーザー名、uid:N、pid:N、service:名前 のいずれかを使ってください)</translation>
    </message>
</context>
</TS>
