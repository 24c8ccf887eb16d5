<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="22" />
        <source>the window</source>
        <translation>pencere</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="23" />
        <source>the encrypted case file</source>
        <translation>şifreli vaka dosyası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="24" />
        <source>key slots and transfers</source>
        <translation>anahtar yuvaları ve aktarımlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="25" />
        <source>letters and printouts</source>
        <translation>yazılar ve çıktılar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="26" />
        <source>public holidays</source>
        <translation>resmî tatiller</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="27" />
        <source>the data folder</source>
        <translation>veri klasörü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="35" />
        <source>KDM Desktop {version}</source>
        <translation>KDM Desktop {version}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="39" />
        <source>Free software under the GNU General Public License, version 3 or later. The licence texts of every component are in the licenses folder next to the program.</source>
        <translation>GNU Genel Kamu Lisansı sürüm 3 ya da sonrası altında özgür yazılımdır. Bütün bileşenlerin lisans metinleri programın yanındaki licenses klasöründedir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="45" />
        <source>Python {python} · Qt {qt} · SQLCipher {cipher}</source>
        <translation>Python {python} · Qt {qt} · SQLCipher {cipher}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="54" />
        <source>Component</source>
        <translation>Bileşen</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="54" />
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="54" />
        <source>Used for</source>
        <translation>Ne için</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_about.py" line="54" />
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="41" />
        <source>Add user</source>
        <translation>Kullanıcı ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="45" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="48" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="51" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="60" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="61" />
        <source>&amp;Full name:</source>
        <translation>Ad &amp;soyad:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="62" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="63" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="63" />
        <source>Re&amp;peat password:</source>
        <translation>Parola (&amp;tekrar):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="66" />
        <source>&amp;Add user</source>
        <translation>Kullanıcıyı &amp;ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="69" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="71" />
        <source>The first administrator</source>
        <translation>İlk yönetici</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="74" />
        <source>The administrator adds the other staff later. Choose a long password: it protects every case in the file.</source>
        <translation>Diğer çalışanları daha sonra yönetici ekler. Uzun bir parola seçin: dosyadaki bütün vakaları bu parola korur.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="80" />
        <source>&amp;Create case file</source>
        <translation>Vaka dosyasını &amp;oluştur</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="83" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="84" />
        <source>e.g. ayse.yilmaz</source>
        <translation>ör. ayse.yilmaz</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="87" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="96" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="97" />
        <source>&amp;Full name:</source>
        <translation>Ad &amp;soyad:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="98" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="98" />
        <source>&amp;Repeat password:</source>
        <translation>Parola (&amp;tekrar):</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../src/kdm_desktop/ui/controller.py" line="147" />
        <source>First confirm that you have stored the recovery key; it cannot be shown again.</source>
        <translation>Önce kurtarma anahtarını sakladığınızı onaylayın; anahtar bir daha gösterilemez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/on_close.py" line="46" />
        <source>Taking the backup before closing…</source>
        <translation>Kapatmadan önce yedek alınıyor…</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="71" />
        <source>New appointment</source>
        <translation>Yeni randevu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="86" />
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="98" />
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="101" />
        <source>Surname, name or case number</source>
        <translation>Soyadı, adı ya da dosya numarası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="102" />
        <source>Client: surname, name or case number</source>
        <translation>Danışan: soyadı, adı ya da dosya numarası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="110" />
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="114" />
        <source>Matching clients</source>
        <translation>Bulunan danışanlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="129" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="130" />
        <source>Interpreter needed</source>
        <translation>Tercüman gerekli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="131" />
        <source>Repeat weekly</source>
        <translation>Her hafta tekrarla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="135" />
        <source> sessions</source>
        <translation> seans</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="158" />
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="161" />
        <source>&amp;Time:</source>
        <translation>&amp;Saat:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="162" />
        <source>D&amp;uration:</source>
        <translation>Sü&amp;re:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="163" />
        <source>&amp;Staff:</source>
        <translation>&amp;Görevli:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="164" />
        <source>&amp;Room:</source>
        <translation>&amp;Oda:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="165" />
        <source>&amp;Case:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="170" />
        <source>T&amp;ype:</source>
        <translation>Tü&amp;r:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="171" />
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="260" />
        <source>No client found for “{text}”. Check the spelling or try the case number.</source>
        <translation>“{text}” için danışan bulunamadı. Yazımı kontrol edin ya da dosya numarasını deneyin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="270" />
        <source>{count} clients found: choose the one you mean.</source>
        <translation>{count} danışan bulundu: doğru olanı seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/dialogs.py" line="286" />
        <source>Client: {label}</source>
        <translation>Danışan: {label}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="102" />
        <source>Assign the case</source>
        <translation>Vakaya sorumlu ata</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="107" />
        <source>Colleague responsible for the case</source>
        <translation>Vakadan sorumlu meslektaş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="108" />
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="112" />
        <source>Responsible:</source>
        <translation>Sorumlu:</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="59" />
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="59" />
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="59" />
        <source>Type</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="59" />
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="60" />
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="60" />
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="61" />
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="71" />
        <source>Preview of the selected attachment</source>
        <translation>Seçili ekin önizlemesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="72" />
        <source>Kind of attachment</source>
        <translation>Ek türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="76" />
        <source>Description of the attachment</source>
        <translation>Ekin açıklaması</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="78" />
        <source>&amp;Add file…</source>
        <translation>Dosya &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="82" />
        <source>E&amp;xport selected…</source>
        <translation>Seçileni dışa &amp;aktar…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="95" />
        <source>Kind:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="96" />
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="136" />
        <source>Add an attachment</source>
        <translation>Ek ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="139" />
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Belgeler ve resimler (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="179" />
        <source>{name}
PDF document, {size}
Export it to read it.</source>
        <translation>{name}
PDF belgesi, {size}
Okumak için dışa aktarın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="191" />
        <source>This picture cannot be shown.</source>
        <translation>Bu resim gösterilemiyor.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="206" />
        <source>Export the attachment</source>
        <translation>Eki dışa aktar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/attachments_tab.py" line="221" />
        <source>The attachment was exported.</source>
        <translation>Ek dışa aktarıldı.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="62" />
        <source>No.</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="63" />
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="64" />
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="65" />
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="66" />
        <source>Object</source>
        <translation>Nesne</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="67" />
        <source>Object id</source>
        <translation>Nesne kimliği</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/audit_model.py" line="68" />
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="51" />
        <source>Filter by user, action, object or detail</source>
        <translation>Kullanıcı, işlem, nesne ya da ayrıntıya göre filtreleyin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="52" />
        <source>Filter the audit log</source>
        <translation>Denetim kaydını filtrele</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="55" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="57" />
        <source>&amp;Verify chain</source>
        <translation>Zinciri &amp;doğrula</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="60" />
        <source>Check that no entry of the audit log was changed or deleted</source>
        <translation>Denetim kaydında hiçbir girdinin değiştirilmediğini ya da silinmediğini denetle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="63" />
        <source>&amp;Reload</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="76" />
        <source>Audit log entries</source>
        <translation>Denetim kaydı girdileri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="98" />
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="116" />
        <source>{shown} of {loaded} loaded entries shown</source>
        <translation>Yüklenen {loaded} kaydın {shown} tanesi gösteriliyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="130" />
        <source>Verifying the audit chain…</source>
        <translation>Denetim zinciri doğrulanıyor…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="76" />
        <source>No verified backup has been taken yet. Take one now.</source>
        <translation>Henüz doğrulanmış yedek yok. Hemen bir yedek alın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="81" />
        <source>Last verified backup: {when} (today).</source>
        <translation>Son doğrulanmış yedek: {when} (bugün).</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="85" />
        <source>Last verified backup: {when} ({days} days ago).</source>
        <translation>Son doğrulanmış yedek: {when} ({days} gün önce).</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="89" />
        <source>It is time for a new backup.</source>
        <translation>Yeni bir yedek alma zamanı geldi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="95" />
        <source>Centre: {centre} ({code})
Taken: {when}
Contents: {counts}</source>
        <translation>Merkez: {centre} ({code})
Alındığı an: {when}
İçerik: {counts}</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="358" />
        <source>Go to backups</source>
        <translation>Yedeklemeye git</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/destination.py" line="30" />
        <source>Backup destination</source>
        <translation>Yedeğin yazılacağı yer</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/destination.py" line="33" />
        <source>Choose &amp;folder…</source>
        <translation>&amp;Klasör seç…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/destination.py" line="35" />
        <source>Refresh &amp;drives</source>
        <translation>&amp;Bellekleri yenile</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="127" />
        <source>Generations to keep</source>
        <translation>Saklanacak yedek sayısı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="132" />
        <source>Remind after days</source>
        <translation>Kaç gün sonra hatırlatılsın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="134" />
        <source>Also back up when the program is closed</source>
        <translation>Program kapatılırken de yedek alınsın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="141" />
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="144" />
        <source>&amp;Check a backup…</source>
        <translation>Yedeği &amp;denetle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="146" />
        <source>Restore &amp;drill…</source>
        <translation>Geri yükleme &amp;denemesi…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="148" />
        <source>Restore a backup into a temporary place and compare it with the case file</source>
        <translation>Bir yedeği geçici bir yere geri yükleyip vaka dosyasıyla karşılaştırır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="151" />
        <source>&amp;Restore into a new folder…</source>
        <translation>Yeni bir klasöre &amp;geri yükle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="157" />
        <source>Backups in the destination</source>
        <translation>Hedefteki yedekler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="158" />
        <source>Taken</source>
        <translation>Alındığı an</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="158" />
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="158" />
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="166" />
        <source>Destination:</source>
        <translation>Hedef:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="167" />
        <source>Generations to keep:</source>
        <translation>Saklanacak yedek sayısı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="168" />
        <source>Remind after (days):</source>
        <translation>Hatırlatma (gün):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="182" />
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="187" />
        <source>Backups in this destination:</source>
        <translation>Bu hedefteki yedekler:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/destination.py" line="57" />
        <source>USB: {name} ({free} free)</source>
        <translation>USB: {name} ({free} boş)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/destination.py" line="75" />
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="214" />
        <source>(unreadable)</source>
        <translation>(okunamadı)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="235" />
        <source>Taking, writing and verifying the backup…</source>
        <translation>Yedek alınıyor, yazılıyor ve doğrulanıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="239" />
        <source>The backup was written and verified:
{path}</source>
        <translation>Yedek yazıldı ve doğrulandı:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="251" />
        <source>Choose a backup</source>
        <translation>Bir yedek seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="251" />
        <source>KDM backups (*.kdmbak)</source>
        <translation>KDM yedekleri (*.kdmbak)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="275" />
        <source>Checking the backup…</source>
        <translation>Yedek denetleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="278" />
        <source>The backup is sound.</source>
        <translation>Yedek sağlam.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="297" />
        <source>Restoring into a temporary place and comparing…</source>
        <translation>Geçici bir yere geri yükleniyor ve karşılaştırılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="305" />
        <source>{table}: case file {live}, backup {backup}</source>
        <translation>{table}: vaka dosyası {live}, yedek {backup}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="311" />
        <source>Restore drill passed: the backup opens and is intact.</source>
        <translation>Geri yükleme denemesi başarılı: yedek açılıyor ve sağlam.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="325" />
        <source>Empty folder to restore into</source>
        <translation>Geri yüklenecek boş klasör</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="338" />
        <source>Restoring the backup…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/page.py" line="341" />
        <source>The backup was restored into:
{folder}

</source>
        <translation>Yedek şuraya geri yüklendi:
{folder}

</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/chart.py" line="22" />
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="211" />
        <source>Record a breach</source>
        <translation>İhlal kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="225" />
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="227" />
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="228" />
        <source>What happened:</source>
        <translation>Ne oldu:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="229" />
        <source>Outcome:</source>
        <translation>Sonuç:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="230" />
        <source>Detention days:</source>
        <translation>Zorlama hapsi (gün):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="231" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>CalendarExports</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="41" />
        <source>Save the day list</source>
        <translation>Günün listesini kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="41" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="56" />
        <source>Writing the day list…</source>
        <translation>Günün listesi yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="57" />
        <source>The day list was saved.</source>
        <translation>Günün listesi kaydedildi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="79" />
        <source>Export your own appointments as an .ics file?</source>
        <translation>Kendi randevularınız .ics dosyası olarak dışa aktarılsın mı?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="81" />
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="88" />
        <source>Export calendar</source>
        <translation>Takvimi dışa aktar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="90" />
        <source>Calendar files (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="106" />
        <source>Exporting the calendar…</source>
        <translation>Takvim dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/exports.py" line="107" />
        <source>Your appointments of the next 90 days were exported.</source>
        <translation>Önümüzdeki 90 gündeki randevularınız dışa aktarıldı.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/page.py" line="89" />
        <source>Click a free time in the week or day view to book an appointment.</source>
        <translation>Randevu vermek için hafta ya da gün görünümünde boş bir saate tıklayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/page.py" line="97" />
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/page.py" line="217" />
        <source>The appointment was saved. Please note:</source>
        <translation>Randevu kaydedildi. Lütfen dikkat edin:</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="37" />
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="38" />
        <source>Previous</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="41" />
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="42" />
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="43" />
        <source>&amp;Today</source>
        <translation>&amp;Bugün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="55" />
        <source>&amp;Month</source>
        <translation>&amp;Ay</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="56" />
        <source>&amp;Week</source>
        <translation>&amp;Hafta</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="57" />
        <source>&amp;Day</source>
        <translation>&amp;Gün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="69" />
        <source>Colour by type</source>
        <translation>Türe göre renk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="70" />
        <source>Colour by staff</source>
        <translation>Görevliye göre renk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="71" />
        <source>Colour appointments by</source>
        <translation>Randevuları renklendirme ölçütü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="73" />
        <source>Show the appointments of</source>
        <translation>Gösterilecek görevli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="74" />
        <source>All staff</source>
        <translation>Tüm görevliler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="78" />
        <source>Day list PDF</source>
        <translation>Günün listesi PDF</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="82" />
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="85" />
        <source>Day list</source>
        <translation>Günün listesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="86" />
        <source>Week list</source>
        <translation>Haftanın listesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="88" />
        <source>Export .ics</source>
        <translation>.ics dışa aktar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="90" />
        <source>Closed days and working hours</source>
        <translation>Kapalı günler ve çalışma saatleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/toolbar.py" line="102" />
        <source>Staff:</source>
        <translation>Görevli:</translation>
    </message>
</context>
<context>
    <name>CardImportDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="23" />
        <source>Import a centre's card</source>
        <translation>Bir merkezin kartını içe al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="27" />
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="31" />
        <source>Card file:</source>
        <translation>Kart dosyası:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="34" />
        <source>Fingerprint read out by phone:</source>
        <translation>Telefonda okunan parmak izi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="37" />
        <source>Call the other centre on a number you already know and have them read their 30-digit fingerprint aloud. The card is trusted only if it matches.</source>
        <translation>Diğer merkezi zaten bildiğiniz bir numaradan arayın ve 30 haneli parmak izini yüksek sesle okumalarını isteyin. Kart yalnızca eşleşirse güvenilir sayılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="52" />
        <source>Choose a centre card</source>
        <translation>Bir merkez kartı seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/card_dialog.py" line="52" />
        <source>Centre cards (*.json *.card)</source>
        <translation>Merkez kartları (*.json *.card)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/register.py" line="18" />
        <source>Referral letter…</source>
        <translation>Sevk yazısı…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/register.py" line="27" />
        <source>Print case summary…</source>
        <translation>Dosya özetini yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/case_action.py" line="46" />
        <source>Book a follow-up</source>
        <translation>Takip randevusu ver</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/case_action.py" line="56" />
        <source>Book a follow-up…</source>
        <translation>Takip randevusu ver…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="131" />
        <source>Print intake form…</source>
        <translation>Başvuru formunu yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="140" />
        <source>Print consent form…</source>
        <translation>Açık rıza formunu yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="149" />
        <location filename="../src/kdm_desktop/ui/closure_screenshots.py" line="144" />
        <source>Save a form as PDF…</source>
        <translation>Formu PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/closure_screenshots.py" line="130" />
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="191" />
        <source>Send to another centre…</source>
        <translation>Başka merkeze gönder…</translation>
    </message>
</context>
<context>
    <name>CaseEditForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="65" />
        <source>Application</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="65" />
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="65" />
        <source>Violence</source>
        <translation>Şiddet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="76" />
        <source>Edit {number}</source>
        <translation>{number} dosyasını düzenle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="82" />
        <source>&amp;Discard changes</source>
        <translation>&amp;Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="83" />
        <source>&amp;Previous</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="84" />
        <source>&amp;Next</source>
        <translation>&amp;İleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="85" />
        <source>&amp;Save changes</source>
        <translation>Değişiklikleri &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/edit_form.py" line="114" />
        <source>Step {n} of {total}: {title}</source>
        <translation>Adım {n}/{total}: {title}</translation>
    </message>
</context>
<context>
    <name>CaseFormat</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/formatting.py" line="48" />
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/formatting.py" line="50" />
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="43" />
        <source>← &amp;Back to the list</source>
        <translation>← &amp;Listeye dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="45" />
        <source>Back to the case list (Esc)</source>
        <translation>Vaka listesine dön (Esc)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="57" />
        <source>Change &amp;status…</source>
        <translation>&amp;Durumu değiştir…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="59" />
        <source>&amp;Assign…</source>
        <translation>&amp;Sorumlu ata…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="61" />
        <source>&amp;Edit…</source>
        <translation>Dü&amp;zenle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="64" />
        <source>Change the application, client and violence details (Ctrl+E)</source>
        <translation>Başvuru, danışan ve şiddet bilgilerini değiştir (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="70" />
        <source>A&amp;ctions</source>
        <translation>&amp;İşlemler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="97" />
        <source>Status: {status}    Responsible: {staff}</source>
        <translation>Durum: {status}    Sorumlu: {staff}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="99" />
        <source>nobody</source>
        <translation>yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="106" />
        <source>Transferred to {centre} on {day}</source>
        <translation>{day} tarihinde {centre} merkezine devredildi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="110" />
        <source>Closed: {reason}</source>
        <translation>Kapanış: {reason}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_header.py" line="115" />
        <source>This file has fields that were changed both here and at another centre. Both values are kept: decide which to keep on the Transfers page.</source>
        <translation>Bu dosyada hem burada hem başka bir merkezde değiştirilmiş alanlar var. İki değer de saklandı: hangisinin kalacağına Aktarımlar sayfasında karar verin.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/models/case_list_model.py" line="54" />
        <source>Case no.</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/case_list_model.py" line="59" />
        <source>Name</source>
        <translation>Adı soyadı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/case_list_model.py" line="63" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/case_list_model.py" line="69" />
        <source>Assigned to</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/case_list_model.py" line="75" />
        <source>Applied on</source>
        <translation>Başvuru tarihi</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="54" />
        <source>Search by name, surname, T.C. no, phone or case number</source>
        <translation>Ad, soyad, T.C. kimlik no, telefon ya da dosya numarasıyla arayın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="56" />
        <source>Search cases</source>
        <translation>Vakalarda ara</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="63" />
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="66" />
        <source>Filter by status</source>
        <translation>Duruma göre süz</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="67" />
        <source>All statuses</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="71" />
        <source>Filter by responsible staff</source>
        <translation>Sorumlu personele göre süz</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="72" />
        <source>All staff</source>
        <translation>Tüm personel</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="73" />
        <source>Nobody assigned</source>
        <translation>Sorumlusu yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="76" />
        <source>Applied between</source>
        <translation>Başvuru tarihi arası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="78" />
        <source>Applied on or after</source>
        <translation>Bu tarihte ya da sonra başvuran</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="79" />
        <source>Applied on or before</source>
        <translation>Bu tarihte ya da önce başvuran</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="87" />
        <source>&amp;New application</source>
        <translation>&amp;Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="89" />
        <source>Start a new application (Ctrl+N)</source>
        <translation>Yeni başvuru başlat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="100" />
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="144" />
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="228" />
        <source>{shown} of more than {total} files shown</source>
        <translation>{total} üzeri dosyadan {shown} tanesi gösteriliyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="230" />
        <source>{shown} of {total} files shown</source>
        <translation>{total} dosyadan {shown} tanesi gösteriliyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="237" />
        <source>No file matches “{text}”. Check the spelling (Turkish letters are not needed), or search by case number, T.C. no or phone.</source>
        <translation>“{text}” ile eşleşen dosya yok. Yazımı kontrol edin (Türkçe harf gerekmez) ya da dosya numarası, T.C. kimlik no veya telefonla arayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="241" />
        <source>No file matches these filters. Clear a filter to see more.</source>
        <translation>Bu süzgeçlere uyan dosya yok. Daha fazlasını görmek için bir süzgeci kaldırın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/list_view.py" line="243" />
        <source>There are no files yet. Start with “New application”.</source>
        <translation>Henüz dosya yok. “Yeni başvuru” ile başlayın.</translation>
    </message>
</context>
<context>
    <name>CasePrintouts</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="39" />
        <source>Intake form</source>
        <translation>Başvuru formu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="40" />
        <source>Case summary</source>
        <translation>Dosya özeti</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="41" />
        <source>Consent form to sign</source>
        <translation>İmzalanacak açık rıza formu</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/register.py" line="36" />
        <source>Referrals</source>
        <translation>Sevkler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/features.py" line="19" />
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/features.py" line="29" />
        <source>Safety plan</source>
        <translation>Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/features.py" line="39" />
        <source>Protection orders</source>
        <translation>Koruma kararları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/features.py" line="17" />
        <source>Perpetrator</source>
        <translation>Şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="60" />
        <source>&amp;Summary</source>
        <translation>&amp;Özet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="61" />
        <source>&amp;Violence</source>
        <translation>Şidde&amp;t</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="62" />
        <source>C&amp;onsent</source>
        <translation>&amp;Onam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="63" />
        <source>Se&amp;rvices</source>
        <translation>&amp;Hizmetler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="64" />
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/case_tabs.py" line="67" />
        <source>Attach&amp;ments</source>
        <translation>E&amp;kler</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/page.py" line="82" />
        <source>Save or cancel the form that is open first, then open the case.</source>
        <translation>Önce açık olan formu kaydedin ya da vazgeçin, sonra dosyayı açın.</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="23" />
        <source>Centre &amp;name:</source>
        <translation>Merkezin &amp;adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="24" />
        <source>Centre &amp;code:</source>
        <translation>Merkez k&amp;odu:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="25" />
        <source>&amp;Municipality:</source>
        <translation>&amp;Belediye:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="26" />
        <source>&amp;District:</source>
        <translation>İl&amp;çe:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="27" />
        <source>&amp;Address:</source>
        <translation>Adre&amp;s:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="28" />
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="29" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="32" />
        <source>Centre name</source>
        <translation>Merkezin adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="33" />
        <source>Centre code</source>
        <translation>Merkez kodu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="34" />
        <source>Municipality</source>
        <translation>Belediye</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="35" />
        <source>District</source>
        <translation>İlçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="36" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="37" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="38" />
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="52" />
        <source>2–8 capital letters or digits, e.g. NRL</source>
        <translation>2–8 büyük harf ya da rakam, ör. NRL</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/centre_form.py" line="55" />
        <source>e.g. Nilüfer Belediyesi Kadın Danışma Merkezi</source>
        <translation>ör. Nilüfer Belediyesi Kadın Danışma Merkezi</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="47" />
        <source>The centre</source>
        <translation>Merkez</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="50" />
        <source>This computer has no case file yet. Enter the centre's details: they appear on letterheads and can be changed later in Settings.</source>
        <translation>Bu bilgisayarda henüz vaka dosyası yok. Merkezin bilgilerini girin: antetli kâğıtlarda görünürler ve daha sonra Ayarlar'dan değiştirilebilirler.</translation>
    </message>
</context>
<context>
    <name>CentreTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="25" />
        <source>&amp;Save</source>
        <translation>Ka&amp;ydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="28" />
        <source>Re&amp;vert</source>
        <translation>&amp;Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="36" />
        <source>These details appear on letterheads and on documents sent to others.</source>
        <translation>Bu bilgiler antetli kâğıtlarda ve başka kurumlara gönderilen belgelerde görünür.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_centre.py" line="59" />
        <source>The centre details were saved.</source>
        <translation>Merkez bilgileri kaydedildi.</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="32" />
        <source>Add child</source>
        <translation>Çocuk ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="46" />
        <source>Child's age</source>
        <translation>Çocuğun yaşı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="47" />
        <source>Lives with her</source>
        <translation>Yanında yaşıyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="49" />
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="50" />
        <source>Remove this child</source>
        <translation>Bu çocuğu kaldır</translation>
    </message>
</context>
<context>
    <name>ClosedDaysDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="71" />
        <source>Closed days and working hours</source>
        <translation>Kapalı günler ve çalışma saatleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="75" />
        <source>Closed days</source>
        <translation>Kapalı günler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="82" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="84" />
        <source>Reason, e.g. administrative leave</source>
        <translation>Açıklama, ör. İdari izin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="85" />
        <source>Reason</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="86" />
        <source>Add closed day</source>
        <translation>Kapalı gün ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="88" />
        <source>Remove selected</source>
        <translation>Seçileni kaldır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="98" />
        <source>Closed days of the centre</source>
        <translation>Merkezin kapalı günleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="109" />
        <source>Monday</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="110" />
        <source>Tuesday</source>
        <translation>Salı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="111" />
        <source>Wednesday</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="112" />
        <source>Thursday</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="113" />
        <source>Friday</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="114" />
        <source>Saturday</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="115" />
        <source>Sunday</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="119" />
        <source>Open</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="120" />
        <source>Close</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="125" />
        <source>Save working hours</source>
        <translation>Çalışma saatlerini kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="131" />
        <source>Working hours</source>
        <translation>Çalışma saatleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="176" />
        <source>Choose a closed day in the list first.</source>
        <translation>Önce listeden bir kapalı gün seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/closed_days.py" line="202" />
        <source>Working hours saved: %1</source>
        <translation>Çalışma saatleri kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="39" />
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="45" />
        <source>There are no open conflicts.</source>
        <translation>Açık çakışma yok.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="50" />
        <source>Case</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="51" />
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="52" />
        <source>Ours</source>
        <translation>Bizdeki</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="53" />
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="54" />
        <source>Arrived</source>
        <translation>Geliş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="55" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="95" />
        <source>Keep ours</source>
        <translation>Bizdekini koru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/conflicts.py" line="96" />
        <source>Take incoming</source>
        <translation>Gelenini al</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="42" />
        <source>Purpose</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="43" />
        <source>Given on</source>
        <translation>Veriliş tarihi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="44" />
        <source>Withdrawn on</source>
        <translation>Geri alma tarihi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="45" />
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="47" />
        <source>Consents</source>
        <translation>Açık rızalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="52" />
        <source>Purpose of the consent</source>
        <translation>Açık rızanın amacı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="60" />
        <source>Date she gave the consent</source>
        <translation>Açık rızayı verdiği tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="61" />
        <source>&amp;Record consent</source>
        <translation>Açık rızayı &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="64" />
        <source>Date she withdrew the consent</source>
        <translation>Açık rızayı geri aldığı tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="65" />
        <source>&amp;Withdraw selected consent</source>
        <translation>Seçili açık rızayı &amp;geri al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="72" />
        <source>Purpose:</source>
        <translation>Amaç:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="73" />
        <source>Given on:</source>
        <translation>Veriliş tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="79" />
        <source>Withdrawn on:</source>
        <translation>Geri alma tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="94" />
        <source>in force</source>
        <translation>geçerli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/consent_tab.py" line="121" />
        <source>Select the consent she withdraws in the list.</source>
        <translation>Geri aldığı açık rızayı listeden seçin.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="23" />
        <source>Open the backup</source>
        <translation>Yedeği aç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="25" />
        <source>With my &amp;password</source>
        <translation>&amp;Parolamla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="27" />
        <source>With the &amp;recovery key</source>
        <translation>&amp;Kurtarma anahtarıyla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="28" />
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="30" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="36" />
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="38" />
        <source>Recovery key:</source>
        <translation>Kurtarma anahtarı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/backup/credentials.py" line="47" />
        <source>A backup opens with the password a user had when it was made, or with the recovery key.</source>
        <translation>Bir yedek, alındığı sırada geçerli olan kullanıcı parolasıyla ya da kurtarma anahtarıyla açılır.</translation>
    </message>
</context>
<context>
    <name>CrossDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="50" />
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="94" />
        <source>Cross table</source>
        <translation>Çapraz tablo</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="56" />
        <source>First characteristic</source>
        <translation>Birinci özellik</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="58" />
        <source>Second characteristic</source>
        <translation>İkinci özellik</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="64" />
        <source>By district</source>
        <translation>İlçelere göre</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="65" />
        <source>&amp;Cross</source>
        <translation>&amp;Çaprazla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="70" />
        <source>{period}. Numbers as published: 1 to {k1} is shown as “&lt;{k}”, “×” hides a number from which a small one could be worked out. A district with fewer than {n} applications is never shown on its own.</source>
        <translation>{period}. Sayılar yayımlanacak biçimde: 1 ile {k1} arası “&lt;{k}” olarak gösterilir, “×” küçük bir sayının çıkarılabileceği bir sayıyı gizler. {n} başvurudan azı olan bir ilçe hiçbir zaman tek başına gösterilmez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="85" />
        <source>“Total” is given once per block: the number of women in it. Rows have no total of their own: it is not part of the checked table and could give a hidden number away, and with violence types a woman is counted once per type.</source>
        <translation>“Toplam” her blok için bir kez verilir: bloktaki kadın sayısı. Satırların toplamı verilmez: denetlenen tablonun parçası değildir ve gizlenen bir sayıyı ele verebilir; şiddet türlerinde bir kadın her tür için ayrı sayılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="123" />
        <source>Choose two different characteristics.</source>
        <translation>İki farklı özellik seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="136" />
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="162" />
        <source>All districts</source>
        <translation>Tüm ilçeler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="177" />
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="182" />
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/cross_dialog.py" line="179" />
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../src/kdm_desktop/ui/dialogs.py" line="58" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>DistrictCombo</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="90" />
        <source>Not stated</source>
        <translation>Belirtilmedi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_inputs.py" line="104" />
        <source>%1 (not on the list)</source>
        <translation>%1 (listede yok)</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="42" />
        <source>You have work that was not saved</source>
        <translation>Kaydedilmemiş çalışmanız var</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="47" />
        <source>It was kept as a draft when the session locked or the form closed. Bring it back to carry on exactly where you stopped.</source>
        <translation>Oturum kilitlendiğinde ya da form kapandığında taslak olarak saklandı. Kaldığınız yerden aynen devam etmek için geri yükleyin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="54" />
        <source>Unsaved drafts</source>
        <translation>Kaydedilmemiş taslaklar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="61" />
        <source>&amp;Restore</source>
        <translation>&amp;Geri yükle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="65" />
        <source>&amp;Discard…</source>
        <translation>&amp;At…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="68" />
        <source>&amp;Later</source>
        <translation>&amp;Sonra</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_offer.py" line="71" />
        <source>The drafts stay; each is offered again when you open its form.</source>
        <translation>Taslaklar kalır; her biri formunu açtığınızda yeniden sunulur.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="234" />
        <source>New application</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="235" />
        <source>Changes to a case</source>
        <translation>Vaka değişiklikleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="236" />
        <source>Case note</source>
        <translation>Vaka notu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="237" />
        <source>Risk assessment</source>
        <translation>Risk değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="238" />
        <source>Safety plan</source>
        <translation>Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="239" />
        <source>Protection order</source>
        <translation>Koruma kararı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="240" />
        <source>New appointment</source>
        <translation>Yeni randevu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="241" />
        <source>Referral letter</source>
        <translation>Sevk yazısı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="242" />
        <source>Perpetrator</source>
        <translation>Şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="269" />
        <source>Throw away what you typed? It cannot be brought back.</source>
        <translation>Yazdıklarınız silinsin mi? Geri getirilemez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="273" />
        <source>Throw away</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="279" />
        <source>You have an unsaved draft of this form, kept at {when}. Bring it back?</source>
        <translation>Bu form için {when} tarihinde saklanmış, kaydedilmemiş bir taslağınız var. Geri yüklensin mi?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="286" />
        <source>&amp;Restore the draft</source>
        <translation>Taslağı &amp;geri yükle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="290" />
        <location filename="../src/kdm_desktop/ui/drafts.py" line="333" />
        <source>&amp;Discard…</source>
        <translation>&amp;At…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="316" />
        <source>You have typed something that is not saved yet.</source>
        <translation>Henüz kaydedilmemiş bir şey yazdınız.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="319" />
        <source>Keep it as a draft: it stays in the case file, only for you, and is offered again when you open this form.</source>
        <translation>Taslak olarak saklayabilirsiniz: şifreli vaka dosyasında yalnızca sizin için kalır ve bu formu yeniden açtığınızda size sunulur.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="326" />
        <source>&amp;Keep as draft and close</source>
        <translation>&amp;Taslak olarak sakla ve kapat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/drafts.py" line="330" />
        <source>Continue &amp;editing</source>
        <translation>&amp;Düzenlemeye devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_unplaced.py" line="54" />
        <source>…and {count} more</source>
        <translation>…ve {count} tane daha</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_unplaced.py" line="67" />
        <source>This draft was kept by an earlier version of the program and this form has changed since. Everything else is back in its place. It stays in your draft; please enter it again where it belongs:</source>
        <translation>Bu taslak programın önceki bir sürümünde kaydedildi ve form o zamandan beri değişti. Geri kalan her şey yerine kondu. Aşağıdakiler taslağınızda saklanmaya devam ediyor; lütfen ait oldukları yere yeniden girin:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_unplaced.py" line="78" />
        <source>Ticks on questions this form no longer asks: {count}</source>
        <translation>Bu formun artık sormadığı sorulardaki işaretler: {count}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/draft_unplaced.py" line="86" />
        <source>Part of the draft could not be restored.</source>
        <translation>Taslağın bir kısmı geri getirilemedi.</translation>
    </message>
</context>
<context>
    <name>DueTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="24" />
        <source>Records due for destruction</source>
        <translation>İmha edilecek kayıtlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="25" />
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="30" />
        <source>Case number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="25" />
        <source>Record kind</source>
        <translation>Kayıt türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="25" />
        <source>Count</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="25" />
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="29" />
        <source>Cases kept by a legal hold</source>
        <translation>Yasal saklama nedeniyle tutulan dosyalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="30" />
        <source>Due since</source>
        <translation>Süresi dolduğu gün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="30" />
        <source>Kept because</source>
        <translation>Saklanma nedeni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="32" />
        <source>&amp;Refresh list</source>
        <translation>Listeyi &amp;yenile</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="34" />
        <source>Review and &amp;destroy…</source>
        <translation>İncele ve &amp;imha et…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="45" />
        <source>Only closed cases lose anything. Statistical fields are kept anonymised; the run is signed and recorded for 3 years.</source>
        <translation>Yalnızca kapatılmış dosyalardan kayıt imha edilir. İstatistik alanları anonim olarak kalır; imha imzalanır ve kaydı 3 yıl saklanır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="51" />
        <source>Kept despite their period (legal hold):</source>
        <translation>Süresi dolduğu hâlde saklananlar (yasal saklama):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="76" />
        <source>{total} records ({cases} case files) will be destroyed and cannot be brought back.</source>
        <translation>{total} kayıt ({cases} dosya) imha edilecek ve geri getirilemeyecek.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="82" />
        <source>Destroy</source>
        <translation>İmha et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="84" />
        <source>Statistical fields are kept anonymised. A signed record is kept for 3 years.</source>
        <translation>İstatistik alanları anonim olarak kalır. İmzalı imha kaydı 3 yıl saklanır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="100" />
        <source>Destroying the records and compacting the case file…</source>
        <translation>Kayıtlar imha ediliyor ve vaka dosyası sıkıştırılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/due_tab.py" line="104" />
        <source>{total} records were destroyed. Record: {id}</source>
        <translation>{total} kayıt imha edildi. İmha kaydı: {id}</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="77" />
        <source>This person may already have a file</source>
        <translation>Bu kişinin zaten bir dosyası olabilir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="82" />
        <source>Possible existing files</source>
        <translation>Var olabilecek dosyalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="84" />
        <source>&amp;Open the selected file</source>
        <translation>Seçili dosyayı &amp;aç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="87" />
        <source>&amp;Save as a new file</source>
        <translation>Yeni dosya olarak &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="90" />
        <source>&amp;Back to the form</source>
        <translation>&amp;Forma dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="102" />
        <source>Check the files below with her before saving. Opening one leaves this form unsaved.</source>
        <translation>Kaydetmeden önce aşağıdaki dosyaları danışanla birlikte kontrol edin. Birini açarsanız bu form kaydedilmez.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="40" />
        <source>Appointment</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="51" />
        <source>Also add to the case's services log</source>
        <translation>Dosyanın hizmet kaydına da ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="58" />
        <source>Mark &amp;done</source>
        <translation>&amp;Yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="59" />
        <source>&amp;No-show</source>
        <translation>&amp;Gelmedi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="60" />
        <source>&amp;Planned</source>
        <translation>&amp;Planlandı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="61" />
        <source>Cancel &amp;appointment</source>
        <translation>Randevuyu &amp;iptal et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="62" />
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="68" />
        <source>New date</source>
        <translation>Yeni tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="71" />
        <source>New time</source>
        <translation>Yeni saat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="72" />
        <source>&amp;Move</source>
        <translation>&amp;Taşı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="76" />
        <source>Only this appointment moves; the rest of its series stays where it is.</source>
        <translation>Yalnızca bu randevu taşınır; serinin diğer randevuları yerinde kalır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/entry_dialog.py" line="83" />
        <source>Move to:</source>
        <translation>Taşınacağı gün ve saat:</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="186" />
        <source>Extend the order</source>
        <translation>Tedbir süresini uzat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="194" />
        <source>Decision date:</source>
        <translation>Uzatma karar tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="195" />
        <source>New end date:</source>
        <translation>Yeni bitiş tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="196" />
        <source>File number:</source>
        <translation>Dosya numarası:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="197" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="41" />
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="47" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="49" />
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="51" />
        <source>A new language takes effect when KDM Desktop is started again.</source>
        <translation>Yeni dil, KDM Desktop yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="56" />
        <source>Automatic lock after minutes without use</source>
        <translation>Kaç dakika kullanılmayınca otomatik kilitlensin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="58" />
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="64" />
        <source>Automatic lock</source>
        <translation>Otomatik kilit</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="66" />
        <source>Lock after &amp;no use for:</source>
        <translation>Kilitlenme &amp;süresi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="70" />
        <source>The case file locks itself when nobody touches the keyboard or mouse for this long. It applies to everyone on this computer.</source>
        <translation>Klavyeye ya da fareye bu süre boyunca dokunulmazsa vaka dosyası kendiliğinden kilitlenir. Bu ayar bu bilgisayardaki herkes için geçerlidir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="74" />
        <source>Only an administrator can change this.</source>
        <translation>Bu ayarı yalnızca yönetici değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="83" />
        <source>&amp;Check the case file</source>
        <translation>Dosyayı de&amp;netle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="86" />
        <source>Case file</source>
        <translation>Vaka dosyası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="90" />
        <source>Location:</source>
        <translation>Konum:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="94" />
        <source>The check reads the whole file and verifies the audit chain. Run it now and then, and before making a backup.</source>
        <translation>Denetim bütün dosyayı okur ve denetim kaydının zincirini doğrular. Arada bir ve yedek almadan önce çalıştırın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="116" />
        <source>Checking the case file…</source>
        <translation>Vaka dosyası denetleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="124" />
        <source>The case file is sound: the database passed its integrity checks and the audit chain of {count} entries is unbroken.</source>
        <translation>Vaka dosyası sağlam: veritabanı bütünlük denetimlerinden geçti ve {count} kayıtlık denetim zinciri kesintisiz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_general.py" line="133" />
        <source>Problems were found in the case file:
{problems}
Do not make a backup over an older one; ask your administrator.</source>
        <translation>Vaka dosyasında sorun bulundu:
{problems}
Eski bir yedeğin üzerine yedek almayın; yöneticinize danışın.</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="47" />
        <source>Send to another centre</source>
        <translation>Başka merkeze gönder</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="56" />
        <source>Receiving centre</source>
        <translation>Alıcı merkez</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="61" />
        <source>Hand the file over: it is closed here as “Handed over”</source>
        <translation>Dosyayı devret: burada “Devredildi” olarak kapanır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="66" />
        <source>Untick to send a copy for cooperation only: the file then stays open here.</source>
        <translation>Yalnızca iş birliği için kopya göndermek isterseniz işareti kaldırın: dosya burada açık kalır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="76" />
        <source>Case:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="77" />
        <source>To centre:</source>
        <translation>Alıcı merkez:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="82" />
        <source>&amp;Write the transfer file…</source>
        <translation>Aktarım dosyasını &amp;yaz…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="93" />
        <source>The file is encrypted for that centre alone and signed by this one. A confidential address is never included.</source>
        <translation>Dosya yalnızca o merkez açabilsin diye şifrelenir ve bu merkezce imzalanır. Gizli adres hiçbir zaman eklenmez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="108" />
        <source>No verified centre yet. An administrator imports the other centre's card and checks its fingerprint on the Transfers page.</source>
        <translation>Henüz doğrulanmış merkez yok. Yönetici, Aktarımlar sayfasında diğer merkezin kartını içe alıp parmak izini doğrular.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="115" />
        <source>She has not consented to sharing with other centres (or withdrew it). Record her consent on the Consent tab first.</source>
        <translation>Danışan diğer merkezlerle paylaşıma açık rıza vermemiş (ya da geri almış). Önce Açık rıza sekmesinde rızasını kaydedin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="126" />
        <source>Save the transfer file</source>
        <translation>Aktarım dosyasını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="129" />
        <source>Transfer files (*.kdmb)</source>
        <translation>Aktarım dosyaları (*.kdmb)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="158" />
        <source>Encrypting, signing and writing the transfer file…</source>
        <translation>Aktarım dosyası şifreleniyor, imzalanıyor ve yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="166" />
        <source>%1 was written for %2 and is marked “Handed over” here:
%3</source>
        <translation>%1, %2 için yazıldı ve burada “Devredildi” olarak işaretlendi:
%3</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="168" />
        <source>%1 was written for %2; the file stays open here:
%3</source>
        <translation>%1, %2 için yazıldı; dosya burada açık kalıyor:
%3</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/handover.py" line="175" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>HoldsTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="20" />
        <source>Cases under a legal hold</source>
        <translation>Yasal saklamadaki dosyalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="21" />
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="24" />
        <source>Case number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="21" />
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="21" />
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="21" />
        <source>By</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="25" />
        <source>Case number to hold</source>
        <translation>Saklamaya alınacak dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="27" />
        <source>Reason (e.g. court and file number)</source>
        <translation>Gerekçe (ör. mahkeme ve dosya no)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="28" />
        <source>Reason of the hold</source>
        <translation>Saklama gerekçesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="29" />
        <source>&amp;Hold</source>
        <translation>Saklamaya &amp;al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="31" />
        <source>Re&amp;lease selected</source>
        <translation>Seçileni &amp;kaldır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/holds_tab.py" line="41" />
        <source>A case with an order in force is kept automatically; a pending court file or any other reason needs a hold placed here.</source>
        <translation>Yürürlükte tedbir kararı olan dosya kendiliğinden saklanır; derdest bir dava ya da başka bir gerekçe için burada yasal saklama koyun.</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="74" />
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.yyyy</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="81" />
        <source>{label}: write the date as dd.mm.yyyy, e.g. 15.03.1988.</source>
        <translation>{label}: tarihi gg.aa.yyyy biçiminde yazın, ör. 15.03.1988.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="107" />
        <source>Nobody yet</source>
        <translation>Henüz kimse</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="124" />
        <source>She does not want to give her name</source>
        <translation>Adını vermek istemiyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="135" />
        <source>if the birth date is not known</source>
        <translation>doğum tarihi bilinmiyorsa</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="141" />
        <source>separate several numbers with commas</source>
        <translation>birden çok numarayı virgülle ayırın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="150" />
        <source>Keep her address confidential</source>
        <translation>Adresi gizli tutulsun</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="195" />
        <source>She agrees that her personal data are processed by the centre</source>
        <translation>Kişisel verilerinin merkez tarafından işlenmesine açık rıza veriyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="199" />
        <source>Processing</source>
        <translation>Veri işleme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="202" />
        <source>She agrees that her file is shared with other counselling centres</source>
        <translation>Dosyasının diğer kadın danışma merkezleriyle paylaşılmasına açık rıza veriyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="206" />
        <source>Other centres</source>
        <translation>Diğer merkezler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="222" />
        <source>May be shared with</source>
        <translation>Paylaşılabilecek kurumlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="224" />
        <location filename="../src/kdm_desktop/ui/cases/intake_fields.py" line="230" />
        <source>Date of consent</source>
        <translation>Açık rıza tarihi</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="138" />
        <source>Application</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="139" />
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="140" />
        <source>Violence</source>
        <translation>Şiddet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="141" />
        <source>Consent</source>
        <translation>Onam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="159" />
        <source>New application</source>
        <translation>Yeni başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="164" />
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="165" />
        <source>&amp;Previous</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="166" />
        <source>&amp;Next</source>
        <translation>&amp;İleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="167" />
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="196" />
        <source>Step {n} of {total}: {title}</source>
        <translation>Adım {n}/{total}: {title}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="277" />
        <source>Possible existing file</source>
        <translation>Var olabilecek dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="310" />
        <source>Discard this application? Nothing of it has been saved.</source>
        <translation>Bu başvurudan vazgeçilsin mi? Hiçbir bilgisi kaydedilmedi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/intake.py" line="312" />
        <source>Discard</source>
        <translation>Vazgeç ve sil</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="137" />
        <source>The recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="140" />
        <source>The case file has been created. If every password is forgotten, only this key can open it. It is shown now and never again.</source>
        <translation>Vaka dosyası oluşturuldu. Bütün parolalar unutulursa dosyayı yalnızca bu anahtar açabilir. Anahtar yalnızca şimdi gösterilir, bir daha gösterilmez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="151" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="159" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="161" />
        <source>Save the recovery sheet as PDF</source>
        <translation>Kurtarma sayfasını PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="163" />
        <source>I have stored the recovery key in a &amp;safe place</source>
        <translation>Kurtarma anahtarını güvenli bir yere &amp;kaydettim</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard_pages.py" line="168" />
        <source>Print the sheet or copy the key onto paper by hand, and keep it locked away from the computer. Never photograph it and never store it on a computer, phone, USB stick or e-mail. Anyone with this key and the case file can read every case.</source>
        <translation>Sayfayı yazdırın ya da anahtarı elle kâğıda yazın ve bilgisayardan ayrı, kilitli bir yerde saklayın. Fotoğrafını asla çekmeyin; bilgisayara, telefona, USB belleğe ya da e-postaya asla kaydetmeyin. Bu anahtarı ve vaka dosyasını elinde bulunduran herkes bütün vakaları okuyabilir.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="16" />
        <source>Administrator</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="17" />
        <source>Social worker</source>
        <translation>Sosyal çalışmacı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="18" />
        <source>Psychologist</source>
        <translation>Psikolog</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="19" />
        <source>Lawyer</source>
        <translation>Avukat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="20" />
        <source>Secretary</source>
        <translation>Sekreter</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="30" />
        <source>Viewed</source>
        <translation>Görüntülendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="31" />
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="32" />
        <source>Changed</source>
        <translation>Değiştirildi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="33" />
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="34" />
        <source>Exported</source>
        <translation>Dışa aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="35" />
        <source>Printed</source>
        <translation>Yazdırıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="36" />
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="37" />
        <source>Logged in</source>
        <translation>Giriş yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="38" />
        <source>Logged in with the recovery key</source>
        <translation>Kurtarma anahtarıyla giriş yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="41" />
        <source>Searched</source>
        <translation>Arama yapıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="42" />
        <source>Backed up</source>
        <translation>Yedeklendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="43" />
        <source>Restored</source>
        <translation>Geri yüklendi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="44" />
        <source>Failed login attempts</source>
        <translation>Başarısız giriş denemeleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="45" />
        <source>Locked out after failed logins</source>
        <translation>Hatalı girişler yüzünden beklemeye alındı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="66" />
        <source>Password reset</source>
        <translation>Parola sıfırlandı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="68" />
        <source>Changed own password</source>
        <translation>Kendi parolasını değiştirdi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="70" />
        <source>Removed again: the restored backup was older than her removal</source>
        <translation>Yeniden silindi: geri yüklenen yedek, kullanıcının silinmesinden eskiydi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="75" />
        <source>{count} failed attempt(s)</source>
        <translation>{count} başarısız deneme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="79" />
        <source>{count} lockout(s)</source>
        <translation>{count} kez beklemeye alındı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/labels.py" line="84" />
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="69" />
        <source>Referral letter</source>
        <translation>Sevk yazısı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/template_choice.py" line="22" />
        <source>Letter template</source>
        <translation>Yazı şablonu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/template_choice.py" line="32" />
        <source>(no consent)</source>
        <translation>(rıza yok)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="90" />
        <source>* Required: the letter cannot be printed without it.</source>
        <translation>* Zorunlu: bu alan doldurulmadan mektup yazdırılamaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="101" />
        <source>Signed by %1, %2; you are named as the one who prepared it.</source>
        <translation>İmzalayan: %1, %2. Siz yazıda “Hazırlayan” olarak yer alırsınız.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="106" />
        <source>You sign this letter: no authorised signatory is set for the centre (an administrator sets one under Settings › Letters and safety plan).</source>
        <translation>Bu yazıyı siz imzalayacaksınız: merkezin imza yetkilisi belirlenmemiş (yönetici Ayarlar › Yazılar ve güvenlik planı bölümünden belirler).</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="113" />
        <source>What will be printed</source>
        <translation>Yazdırılacak metin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="116" />
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="119" />
        <source>&amp;Save as PDF…</source>
        <translation>PDF olarak &amp;kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="122" />
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="126" />
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="145" />
        <source>Preview (exactly what will be printed):</source>
        <translation>Önizleme (yazdırılacak metnin aynısı):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="275" />
        <source>Letter %1 was recorded and sent to the printer.</source>
        <translation>%1 sayılı yazı kaydedildi ve yazıcıya gönderildi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="283" />
        <source>Save letter as PDF</source>
        <translation>Yazıyı PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="286" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/dialog.py" line="301" />
        <source>Letter %1 was recorded and saved as %2.</source>
        <translation>%1 sayılı yazı kaydedildi ve %2 olarak saklandı.</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="49" />
        <source>Subject: {subject}</source>
        <translation>Konu: {subject}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="62" />
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="139" />
        <source>Letter templates</source>
        <translation>Yazı şablonları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="68" />
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="70" />
        <source>Addressee</source>
        <translation>Muhatap</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="73" />
        <source>Letter text</source>
        <translation>Yazı metni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="79" />
        <source>Save as new &amp;version</source>
        <translation>Yeni sürüm olarak &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="82" />
        <source>Wording</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="84" />
        <source>&amp;Subject:</source>
        <translation>K&amp;onu:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="85" />
        <source>&amp;Addressee:</source>
        <translation>&amp;Muhatap:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="86" />
        <source>&amp;Text:</source>
        <translation>Me&amp;tin:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="91" />
        <source>&amp;Discard changes</source>
        <translation>&amp;Değişiklikleri geri al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="104" />
        <source>Versions of the template</source>
        <translation>Şablonun sürümleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="106" />
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="106" />
        <source>Saved on</source>
        <translation>Kaydedildiği tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="106" />
        <source>Saved by</source>
        <translation>Kaydeden</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="118" />
        <source>Text of the chosen version</source>
        <translation>Seçilen sürümün metni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="119" />
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="36" />
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo seç…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="39" />
        <source>&amp;Remove logo</source>
        <translation>Logoyu kaldı&amp;r</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="27" />
        <source>Centre's logo</source>
        <translation>Merkezin logosu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="46" />
        <source>PNG or JPEG, at most %1 KB; printed at the top of every letter.</source>
        <translation>PNG ya da JPEG, en çok %1 KB; her yazının başına basılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="143" />
        <source>Saving keeps the old wording as a version: letters already sent are reprinted exactly as they were.</source>
        <translation>Kaydettiğinizde eski metin bir sürüm olarak saklanır: gönderilmiş yazılar yeniden alındığında aynen basılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="209" />
        <source>Fields you can use: %1</source>
        <translation>Kullanılabilecek alanlar: %1</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/templates_page.py" line="250" />
        <source>Saved as version %1.</source>
        <translation>Sürüm %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="71" />
        <source>No logo</source>
        <translation>Logo yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="81" />
        <source>Choose the centre's logo</source>
        <translation>Merkezin logosunu seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="83" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/logo_box.py" line="96" />
        <source>The file could not be opened.</source>
        <translation>Dosya açılamadı.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="62" />
        <source>Signatory's &amp;name:</source>
        <translation>İmza yetkilisinin &amp;adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="63" />
        <source>Signatory's &amp;title:</source>
        <translation>İmza yetkilisinin &amp;unvanı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="61" />
        <source>Letter number &amp;pattern:</source>
        <translation>Yazı &amp;sayısı biçimi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="64" />
        <source>Pr&amp;ovince (addressees, centre address):</source>
        <translation>&amp;İl (muhatap ve merkez adresi için):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="67" />
        <source>Letter number pattern</source>
        <translation>Yazı sayısı biçimi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="68" />
        <source>Signatory's name</source>
        <translation>İmza yetkilisinin adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="69" />
        <source>Signatory's title</source>
        <translation>İmza yetkilisinin unvanı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="70" />
        <source>Province</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="72" />
        <source>Referral letters</source>
        <translation>Sevk yazıları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="85" />
        <source>e.g. Director</source>
        <translation>ör. Müdür</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="86" />
        <source>e.g. İzmir</source>
        <translation>ör. İzmir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="92" />
        <source>&amp;Save letter settings</source>
        <translation>Yazı ayarlarını &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="95" />
        <source>Re&amp;vert</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="106" />
        <source>Letters have their own numbers, apart from case numbers: {code} is the centre code, {year} the year (numbers restart every year), {seq} the letter's sequence. Letters already made keep their numbers. The signatory signs every letter; the staff member who makes it is printed as the one who prepared it.</source>
        <translation>Yazıların dosya numaralarından ayrı kendi sayıları vardır: {code} merkez kodu, {year} yıl (numaralar her yıl yeniden başlar), {seq} yazının sıra numarasıdır. Daha önce yazılmış yazılar eski sayılarını korur. Her yazıyı imza yetkilisi imzalar; yazıyı hazırlayan personel “Hazırlayan” olarak yazılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="120" />
        <source>Emergency numbers on the safety plan</source>
        <translation>Güvenlik planındaki acil numaralar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="123" />
        <source>Emergency numbers</source>
        <translation>Acil numaralar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="124" />
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="124" />
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="138" />
        <source>Add l&amp;ine</source>
        <translation>Satır &amp;ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="141" />
        <source>Remove &amp;line</source>
        <translation>Satırı &amp;çıkar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="144" />
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="147" />
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="150" />
        <source>Restore de&amp;faults</source>
        <translation>&amp;Varsayılana dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="153" />
        <source>Save num&amp;bers</source>
        <translation>&amp;Numaraları kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="168" />
        <source>Printed first on every safety plan, in this order, and shown in the plan. In İzmir 112 reaches police, gendarmerie, ambulance and fire. Leave the number empty for an app such as KADES.</source>
        <translation>Her güvenlik planının başında bu sırayla basılır ve planda gösterilir. İzmir'de 112 polise, jandarmaya, ambulansa ve itfaiyeye ulaştırır. KADES gibi bir uygulama için numarayı boş bırakın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="204" />
        <source>The next letter gets %1.</source>
        <translation>Sıradaki yazının sayısı: %1</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="220" />
        <source>The letter settings were saved.</source>
        <translation>Yazı ayarları kaydedildi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="247" />
        <source>The program's list is in use.</source>
        <translation>Programın hazır listesi kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="249" />
        <source>The centre's own list is in use.</source>
        <translation>Merkezin kendi listesi kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="282" />
        <source>Go back to the program's list of emergency numbers?</source>
        <translation>Programın hazır acil numara listesine dönülsün mü?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="284" />
        <source>Restore defaults</source>
        <translation>Varsayılana dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="285" />
        <source>The centre's own list is removed.</source>
        <translation>Merkezin kendi listesi kaldırılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_letters.py" line="296" />
        <source>The emergency numbers were saved.</source>
        <translation>Acil numaralar kaydedildi.</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../src/kdm_desktop/ui/autolock.py" line="127" />
        <source>&amp;Continue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/autolock.py" line="129" />
        <source>Continue working</source>
        <translation>Çalışmaya devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/autolock.py" line="140" />
        <source>The session locks in {seconds} s — press any key to carry on. What you typed is kept as a draft.</source>
        <translation>Oturum {seconds} sn içinde kilitlenecek — devam etmek için bir tuşa basın. Yazdıklarınız taslak olarak saklanır.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="57" />
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="65" />
        <source>&amp;Quick hide</source>
        <translation>&amp;Hızlı gizle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="72" />
        <source>Hide everything at once (Ctrl+Shift+H, or Esc twice)</source>
        <translation>Her şeyi hemen gizle (Ctrl+Shift+H ya da iki kez Esc)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="78" />
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="81" />
        <source>Lock the case file (Ctrl+L)</source>
        <translation>Vaka dosyasını kilitle (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="84" />
        <source>S&amp;witch user</source>
        <translation>Kullanıcı &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="86" />
        <source>Lock and log in as another user</source>
        <translation>Kilitle ve başka bir kullanıcıyla giriş yap</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="136" />
        <source>Logged in: {name} ({role})</source>
        <translation>Giriş yapan: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="139" />
        <source>Unlocked · locks after {minutes} min without use</source>
        <translation>Kilit açık · {minutes} dk kullanılmazsa kilitlenir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="146" />
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/mainwindow.py" line="150" />
        <source>Set-up</source>
        <translation>Kurulum</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/month_view.py" line="118" />
        <source>+{count} more</source>
        <translation>+{count} randevu daha</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="157" />
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="158" />
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrar yazın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="184" />
        <source>The two passwords are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>NoConsentDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="29" />
        <source>No consent to processing</source>
        <translation>Veri işleme için açık rıza yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="32" />
        <source>She has not consented to the processing of her data. Why is the file being saved? The reason is written into the case.</source>
        <translation>Danışan verilerinin işlenmesine açık rıza vermedi. Dosya neden kaydediliyor? Gerekçe dosyaya yazılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="40" />
        <source>Emergency: her life or safety is in danger; consent is asked later</source>
        <translation>Acil durum: hayatı ya da güvenliği tehlikede; rıza daha sonra alınacak</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="42" />
        <source>She cannot decide now; consent is asked at the next meeting</source>
        <translation>Şu an karar veremiyor; rıza bir sonraki görüşmede sorulacak</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="43" />
        <source>Another reason:</source>
        <translation>Başka bir gerekçe:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="57" />
        <source>Save the file</source>
        <translation>Dosyayı kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="74" />
        <source>Saved without consent to processing.</source>
        <translation>Veri işleme için açık rıza alınmadan kaydedildi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/no_consent.py" line="82" />
        <source>Choose a reason, or write one.</source>
        <translation>Bir gerekçe seçin ya da yazın.</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="50" />
        <source>Note history</source>
        <translation>Not geçmişi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="55" />
        <source>Earlier versions of the note</source>
        <translation>Notun önceki sürümleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="57" />
        <source>Version {n} — {when}, {who}</source>
        <translation>Sürüm {n} — {when}, {who}</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="85" />
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="85" />
        <source>Written</source>
        <translation>Yazıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="85" />
        <source>By</source>
        <translation>Yazan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="85" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="86" />
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="95" />
        <source>Kind of note</source>
        <translation>Not türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="99" />
        <source>Text of the note</source>
        <translation>Notun metni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="102" />
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="201" />
        <source>&amp;Add note</source>
        <translation>Not &amp;ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="105" />
        <source>&amp;Edit selected</source>
        <translation>Seçileni dü&amp;zenle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="108" />
        <source>&amp;History…</source>
        <translation>&amp;Geçmiş…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="111" />
        <source>New note</source>
        <translation>Yeni not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="167" />
        <source> (edited)</source>
        <translation> (düzenlendi)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="184" />
        <source>{n} psychological session note(s) are only shown to psychologists.</source>
        <translation>{n} psikolojik görüşme notu yalnızca psikologlara gösterilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="200" />
        <source>New note:</source>
        <translation>Yeni not:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="209" />
        <source>Select the note to edit in the list.</source>
        <translation>Düzenlenecek notu listeden seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="220" />
        <source>Editing the selected note (earlier wording is kept):</source>
        <translation>Seçili not düzenleniyor (önceki metin saklanır):</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/notes_tab.py" line="221" />
        <source>&amp;Save changes</source>
        <translation>Değişiklikleri &amp;kaydet</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="83" />
        <source>New protection order</source>
        <translation>Yeni tedbir kararı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="112" />
        <source>Kind:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="113" />
        <source>Issued by:</source>
        <translation>Kararı veren:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="114" />
        <source>Court or office:</source>
        <translation>Mahkeme ya da makam:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="115" />
        <source>File number:</source>
        <translation>Dosya numarası:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="116" />
        <source>Decision date:</source>
        <translation>Karar tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="117" />
        <source>Start date:</source>
        <translation>Başlangıç tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="118" />
        <source>End date:</source>
        <translation>Bitiş tarihi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="119" />
        <source>Measures:</source>
        <translation>Tedbirler:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/order_dialogs.py" line="120" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="39" />
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="40" />
        <source>Issued by</source>
        <translation>Kararı veren</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="41" />
        <source>File number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="42" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="43" />
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="44" />
        <source>End</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="45" />
        <source>Current end</source>
        <translation>Geçerli bitiş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="46" />
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="47" />
        <source>Breaches</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="57" />
        <source>&amp;New order…</source>
        <translation>&amp;Yeni karar…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="60" />
        <source>&amp;Extend…</source>
        <translation>&amp;Uzat…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="63" />
        <source>Record &amp;breach…</source>
        <translation>&amp;İhlal kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/orders_tab.py" line="69" />
        <source>Protection orders (Law 6284)</source>
        <translation>Koruma kararları (6284 sayılı Kanun)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/audit.py" line="145" />
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="64" />
        <location filename="../src/kdm_desktop/ui/selftest.py" line="35" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="94" />
        <source>Start</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="24" />
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="56" />
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="44" />
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="87" />
        <source>Transfers</source>
        <translation>Aktarımlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="99" />
        <source>Letter templates</source>
        <translation>Yazı şablonları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="123" />
        <source>Retention</source>
        <translation>Saklama ve imha</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/features.py" line="111" />
        <source>Statistics</source>
        <translation>İstatistik</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="22" />
        <source>Current password</source>
        <translation>Şu anki parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="27" />
        <source>&amp;Change password</source>
        <translation>Parolayı &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="31" />
        <source>C&amp;urrent password:</source>
        <translation>&amp;Şu anki parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="32" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="32" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="40" />
        <source>Your password protects the case file. Do not write it down near the computer and do not share it with colleagues.</source>
        <translation>Parolanız vaka dosyasını korur. Bilgisayarın yakınına yazmayın ve iş arkadaşlarınızla paylaşmayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="56" />
        <source>Enter your current password.</source>
        <translation>Şu anki parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="68" />
        <source>Changing your password…</source>
        <translation>Parolanız değiştiriliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="71" />
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Parolanız değiştirildi. Bundan sonra yenisini kullanın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings_password.py" line="80" />
        <source>The current password is not correct.</source>
        <translation>Şu anki parola doğru değil.</translation>
    </message>
</context>
<context>
    <name>PerpetratorForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/form.py" line="36" />
        <source>Leave empty if she does not want to give it</source>
        <translation>Vermek istemezse boş bırakın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/form.py" line="47" />
        <source>Not stated</source>
        <translation>Belirtilmedi</translation>
    </message>
</context>
<context>
    <name>PerpetratorTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="52" />
        <source>People she named</source>
        <translation>Adı geçen kişiler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="59" />
        <source>&amp;New person</source>
        <translation>&amp;Yeni kişi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="62" />
        <source>Make &amp;primary</source>
        <translation>&amp;Asıl yap</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="66" />
        <source>The primary one is counted in the statistics and named in letters.</source>
        <translation>Asıl kişi istatistikte sayılır ve yazılarda adı geçer.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="71" />
        <source>&amp;Remove…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="72" />
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="89" />
        <source>Record each person she names. His address, phone and identity number are not kept here; letters name him only when you tick it.</source>
        <translation>Adını verdiği her kişiyi ayrı kaydedin. Adresi, telefonu ve kimlik numarası burada tutulmaz; yazılarda adı yalnızca siz işaretlerseniz geçer.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="100" />
        <source>Perpetrator</source>
        <translation>Şiddet uygulayan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="34" />
        <source>Relation not stated</source>
        <translation>Yakınlığı belirtilmedi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/people.py" line="40" />
        <source>(primary)</source>
        <translation>(asıl)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="158" />
        <source>New person (will be the primary)</source>
        <translation>Yeni kişi (asıl kişi olacak)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="158" />
        <source>New person</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="161" />
        <source>Relation and weapon access are filled in from her application form.</source>
        <translation>Yakınlık ve silaha erişim, başvuru formundaki yanıtlarından dolduruldu.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="166" />
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="178" />
        <source>&amp;Save changes</source>
        <translation>&amp;Değişiklikleri kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="250" />
        <source>Remove this person from her file? {title}</source>
        <translation>Bu kişi dosyasından silinsin mi? {title}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/perpetrator/tab.py" line="252" />
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>PolicyTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="26" />
        <source>Retention periods</source>
        <translation>Saklama süreleri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="28" />
        <source>Record kind</source>
        <translation>Kayıt türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="29" />
        <source>Years</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="30" />
        <source>Allowed</source>
        <translation>İzin verilen</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="31" />
        <source>Counted from</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="32" />
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="37" />
        <source>&amp;Save periods</source>
        <translation>Süreleri &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/policy_tab.py" line="52" />
        <source>{title}, version {version}. Periodic destruction at least every {months} months; records kept {years} years; requests answered within {days} days.</source>
        <translation>{title}, sürüm {version}. Periyodik imha en geç {months} ayda bir; imha kayıtları {years} yıl saklanır; başvurular {days} gün içinde yanıtlanır.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../src/kdm_desktop/ui/printing.py" line="82" />
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/printing.py" line="98" />
        <source>The printer reported an error; the page may not have been printed. Check the printer and print again.</source>
        <translation>Yazıcı bir hata bildirdi; sayfa yazdırılmamış olabilir. Yazıcıyı denetleyip yeniden yazdırın.</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="168" />
        <source>&amp;Continue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="170" />
        <source>Continue</source>
        <translation>Devam</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="182" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="184" />
        <source>Cancel the operation</source>
        <translation>İşlemi iptal et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="199" />
        <source>Cancelling… the current step is being finished.</source>
        <translation>İptal ediliyor… Yarım kalmaması için şu anki adım tamamlanıyor.</translation>
    </message>
</context>
<context>
    <name>QuickHide</name>
    <message>
        <location filename="../src/kdm_desktop/ui/quickhide.py" line="197" />
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="38" />
        <source>Receive</source>
        <translation>Teslim al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="40" />
        <source>Import a transfer file…</source>
        <translation>Aktarım dosyasını içe al…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="42" />
        <source>Write a receipt…</source>
        <translation>Alındı belgesi yaz…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="44" />
        <source>Import a receipt…</source>
        <translation>Alındı belgesini içe al…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="60" />
        <source>Choose a transfer file</source>
        <translation>Bir aktarım dosyası seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="60" />
        <source>Transfer files (*.kdmb)</source>
        <translation>Aktarım dosyaları (*.kdmb)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="73" />
        <source>Checking and decrypting the transfer file…</source>
        <translation>Aktarım dosyası denetleniyor ve şifresi çözülüyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="81" />
        <source>already here</source>
        <translation>zaten burada</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="81" />
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="88" />
        <source>Import {count} case file(s) from {code} ({name})?</source>
        <translation>{code} ({name}) merkezinden {count} dosya içe alınsın mı?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="92" />
        <source>Import</source>
        <translation>İçe al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="106" />
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>İçe alındı: {created} yeni, {updated} güncellenen, {unchanged} değişmeyen.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="114" />
        <source>{count} field(s) were changed at both centres; both values were kept for a colleague to decide.</source>
        <translation>{count} alan iki merkezde de değiştirilmiş; bir meslektaşın karar vermesi için iki değer de saklandı.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="122" />
        <source>Importing the transfer file…</source>
        <translation>Aktarım dosyası içe alınıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="129" />
        <source>Choose the imported transfer file</source>
        <translation>İçe alınan aktarım dosyasını seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="133" />
        <source>Save the receipt</source>
        <translation>Alındı belgesini kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="133" />
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="147" />
        <source>Receipts (*.json)</source>
        <translation>Alındı belgeleri (*.json)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="144" />
        <source>The receipt was saved:
{path}</source>
        <translation>Alındı belgesi kaydedildi:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="147" />
        <source>Choose a receipt</source>
        <translation>Bir alındı belgesi seçin</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/receive.py" line="160" />
        <source>Centre {code} confirmed receiving the transfer file.</source>
        <translation>{code} merkezi aktarım dosyasını aldığını bildirdi.</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="22" />
        <source>Destruction records</source>
        <translation>İmha kayıtları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="24" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="25" />
        <source>By</source>
        <translation>Yapan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="26" />
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="27" />
        <source>Records</source>
        <translation>Kayıt sayısı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="28" />
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="29" />
        <source>Kept until</source>
        <translation>Saklama sonu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="32" />
        <source>Save &amp;minutes as PDF…</source>
        <translation>&amp;Tutanağı PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="51" />
        <source>her request</source>
        <translation>silme talebi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="53" />
        <source>periodic</source>
        <translation>periyodik</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="55" />
        <source>valid</source>
        <translation>geçerli</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="55" />
        <source>NOT VALID</source>
        <translation>GEÇERSİZ</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="72" />
        <source>Save minutes</source>
        <translation>Tutanağı kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/records_tab.py" line="82" />
        <source>The minutes were saved:
{path}</source>
        <translation>İmha tutanağı kaydedildi:
{path}</translation>
    </message>
</context>
<context>
    <name>RecoverPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="40" />
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="43" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="52" />
        <source>&amp;Recover access</source>
        <translation>&amp;Erişimi kurtar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="55" />
        <source>&amp;Back to login</source>
        <translation>&amp;Girişe dön</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="59" />
        <source>Recover access</source>
        <translation>Erişimi kurtar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="63" />
        <source>Use this only if you forgot your password. Type the recovery key from the sheet printed when the case file was created, then choose a new password. This is recorded in the audit log.</source>
        <translation>Bunu yalnızca parolanızı unuttuysanız kullanın. Vaka dosyası oluşturulurken yazdırılan sayfadaki kurtarma anahtarını yazın, sonra yeni bir parola seçin. Bu işlem denetim kaydına yazılır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="70" />
        <source>Recovery &amp;key:</source>
        <translation>Kurtarma &amp;anahtarı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="71" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="72" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="72" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="97" />
        <source>Type the recovery key.</source>
        <translation>Kurtarma anahtarını yazın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/recover.py" line="114" />
        <source>Checking the recovery key…</source>
        <translation>Kurtarma anahtarı denetleniyor…</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="40" />
        <source>Number</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="41" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="42" />
        <source>Recipient</source>
        <translation>Kurum türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="43" />
        <source>Addressee</source>
        <translation>Muhatap</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="44" />
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="45" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="47" />
        <source>Referral letters sent</source>
        <translation>Gönderilen sevk yazıları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="50" />
        <source>&amp;New letter…</source>
        <translation>&amp;Yeni yazı…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="56" />
        <source>Follow-up note (optional)</source>
        <translation>Takip notu (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="57" />
        <source>Follow-up note</source>
        <translation>Takip notu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="58" />
        <source>Mark &amp;answered</source>
        <translation>&amp;Yanıt geldi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="61" />
        <source>Record &amp;result</source>
        <translation>&amp;Sonucu kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="64" />
        <source>Save exact &amp;copy…</source>
        <translation>Aynı &amp;kopyayı kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="121" />
        <source>Select a letter first.</source>
        <translation>Önce bir yazı seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="143" />
        <source>Save exact copy as PDF</source>
        <translation>Aynı kopyayı PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/letters/referrals_tab.py" line="145" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/reminders_card.py" line="29" />
        <location filename="../src/kdm_desktop/ui/protection/reminders_card.py" line="35" />
        <source>Reminders</source>
        <translation>Hatırlatmalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/reminders_card.py" line="32" />
        <source>Nothing due in the next 14 days.</source>
        <translation>Önümüzdeki 14 gün içinde hatırlatma yok.</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="35" />
        <source>Data-subject requests</source>
        <translation>Kişisel veri başvuruları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="37" />
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="45" />
        <source>Case number</source>
        <translation>Dosya no</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="38" />
        <source>Request</source>
        <translation>Talep</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="39" />
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="40" />
        <source>Deadline</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="41" />
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="46" />
        <source>Case number of the request</source>
        <translation>Başvurunun dosya numarası</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="48" />
        <source>Kind of request</source>
        <translation>Talep türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="54" />
        <source>Date received</source>
        <translation>Alındığı gün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="55" />
        <source>&amp;Log request</source>
        <translation>Başvuruyu &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="58" />
        <source>Answer given to her</source>
        <translation>Kendisine verilen yanıt</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="59" />
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="60" />
        <source>Record &amp;answer</source>
        <translation>&amp;Yanıtı kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="62" />
        <source>Her data as &amp;PDF…</source>
        <translation>Verilerinin &amp;dökümü (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="64" />
        <source>Review &amp;deletion…</source>
        <translation>&amp;Silme talebini incele…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="88" />
        <source>answered {day}</source>
        <translation>yanıtlandı: {day}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="90" />
        <source>OVERDUE by {days} days</source>
        <translation>SÜRESİ GEÇTİ ({days} gün)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="92" />
        <source>{days} days left</source>
        <translation>{days} gün kaldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="139" />
        <source>Save her data</source>
        <translation>Veri dökümünü kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="149" />
        <source>Her data was saved:
{path}</source>
        <translation>Kişisel veri dökümü kaydedildi:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="165" />
        <source>Case {case} cannot be destroyed now: {reasons}.</source>
        <translation>{case} numaralı dosya şu anda imha edilemez: {reasons}.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="172" />
        <source>Case {case} will be destroyed as she asked. This cannot be undone.</source>
        <translation>{case} numaralı dosya kendi talebi üzerine imha edilecek. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="176" />
        <source>Destroy</source>
        <translation>İmha et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="188" />
        <source>Destroying her case file…</source>
        <translation>Dosyası imha ediliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/requests_tab.py" line="190" />
        <source>Her case file was destroyed. Record: {id}</source>
        <translation>Dosyası imha edildi. İmha kaydı: {id}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="105" />
        <source>Reset password</source>
        <translation>Parolayı sıfırla</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="111" />
        <source>Give {user} a new password. Tell it to them in person; they can change it afterwards in Settings.</source>
        <translation>{user} için yeni bir parola belirleyin. Parolayı kendisine yüz yüze söyleyin; daha sonra Ayarlar'dan değiştirebilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="117" />
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="117" />
        <source>Re&amp;peat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="120" />
        <source>&amp;Set password</source>
        <translation>Parolayı &amp;belirle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="123" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/texts.py" line="18" />
        <source>never</source>
        <translation>hiç yapılmadı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/texts.py" line="21" />
        <source>A periodic destruction run is due (last run: {last}); {count} records have reached the end of their retention period.</source>
        <translation>Periyodik imha zamanı geldi (son imha: {last}); saklama süresi dolan {count} kayıt var.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/texts.py" line="27" />
        <source>Last destruction run: {last}. The next one is due by {next}.</source>
        <translation>Son imha: {last}. Bir sonraki periyodik imha en geç {next}.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/texts.py" line="36" />
        <source>No open data-subject requests.</source>
        <translation>Yanıt bekleyen kişisel veri başvurusu yok.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/texts.py" line="37" />
        <source>Open data-subject requests: {open} (overdue: {overdue}); nearest deadline {day}.</source>
        <translation>Yanıt bekleyen kişisel veri başvurusu: {open} (süresi geçen: {overdue}); en yakın son gün {day}.</translation>
    </message>
</context>
<context>
    <name>RetentionCard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/card.py" line="33" />
        <source>Go to retention</source>
        <translation>Saklama ve imhaya git</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="53" />
        <source>Due for destruction</source>
        <translation>İmha listesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="54" />
        <source>Policy</source>
        <translation>Politika</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="55" />
        <source>Destruction records</source>
        <translation>İmha kayıtları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="56" />
        <source>Legal holds</source>
        <translation>Yasal saklama</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="57" />
        <source>Her requests</source>
        <translation>Başvurular (KVKK m. 11)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/retention/page.py" line="61" />
        <source>Retention and destruction</source>
        <translation>Saklama ve imha</translation>
    </message>
</context>
<context>
    <name>RiskChecklistForm</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_checklist_form.py" line="48" />
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_checklist_form.py" line="48" />
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_checklist_form.py" line="49" />
        <source>Don't know</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_checklist_form.py" line="51" />
        <source>She was asked and does not know; counted on the safe side</source>
        <translation>Soruldu, bilmiyor; güvenli tarafta kalınarak sayılır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_checklist_form.py" line="71" />
        <source>* Critical factor: one “Yes” raises the level to at least medium, two make it high, whatever the score. “Don't know” on a critical factor counts like “Yes” for this rule but on its own raises the level to medium at most; on other factors it counts like “No”.</source>
        <translation>* Kritik madde: tek bir “Evet” puandan bağımsız olarak riski en az orta düzeye, iki “Evet” yüksek düzeye çıkarır. Kritik maddede “Bilinmiyor” bu kural için “Evet” gibi sayılır, ancak tek başına riski en fazla orta düzeye çıkarır; diğer maddelerde “Hayır” gibi sayılır.</translation>
    </message>
</context>
<context>
    <name>RiskResultPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="54" />
        <source>No change</source>
        <translation>Değişiklik yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="55" />
        <source>Raise to medium</source>
        <translation>Ortaya yükselt</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="56" />
        <source>Raise to high</source>
        <translation>Yükseğe yükselt</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="61" />
        <source>Required when the level is raised</source>
        <translation>Seviye yükseltildiğinde zorunludur</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="65" />
        <source>&amp;Save assessment</source>
        <translation>Değerlendirmeyi &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="69" />
        <source>Score:</source>
        <translation>Puan:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="70" />
        <source>Level:</source>
        <translation>Seviye:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="71" />
        <source>Professional judgement:</source>
        <translation>Mesleki değerlendirme:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="72" />
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="77" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="77" />
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="77" />
        <source>Level</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="77" />
        <source>By</source>
        <translation>Değerlendiren</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="77" />
        <source>Reason</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="88" />
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="103" />
        <source>{score} of {count} (answered: {answered})</source>
        <translation>{score} / {count} (yanıtlanan: {answered})</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="115" />
        <source>High risk</source>
        <translation>Yüksek risk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="117" />
        <source>Medium risk</source>
        <translation>Orta risk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="118" />
        <source>Standard risk</source>
        <translation>Standart risk</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="144" />
        <source>First assessment</source>
        <translation>İlk değerlendirme</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="147" />
        <source>Trend: {trend}</source>
        <translation>Eğilim: {trend}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_result_panel.py" line="150" />
        <source>Not assessed</source>
        <translation>Değerlendirilmedi</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_tab.py" line="44" />
        <source>Risk assessment</source>
        <translation>Risk değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_tab.py" line="45" />
        <source>Latest level:</source>
        <translation>Son seviye:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_tab.py" line="100" />
        <source>{missing} of {count} questions are not answered. The level is worked out from the answers given only. Save anyway?</source>
        <translation>{count} sorudan {missing} tanesi yanıtlanmadı. Risk düzeyi yalnızca verilen yanıtlardan hesaplanır. Yine de kaydedilsin mi?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/risk_tab.py" line="104" />
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="151" />
        <source>Change role</source>
        <translation>Rolü değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="153" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="156" />
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="157" />
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="160" />
        <source>&amp;Change role</source>
        <translation>Rolü &amp;değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/user_dialogs.py" line="163" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>RoleGrantPrompt</name>
    <message>
        <location filename="../src/kdm_desktop/ui/role_grants.py" line="54" />
        <source>{name} ({user}) is waiting for the psychologists' notes key.</source>
        <translation>{name} ({user}) psikologların görüşme notları anahtarını bekliyor.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/role_grants.py" line="60" />
        <source>The list of users says {user} is a psychologist. Give her the key only if you know this is true (for example, she was added or her password was reset today). Anyone who can log in can change that list, so the program does not give the key on its word alone.</source>
        <translation>Kullanıcı listesine göre {user} bir psikolog. Anahtarı yalnızca bunun doğru olduğunu biliyorsanız verin (örneğin bugün eklendiyse ya da parolası bugün yenilendiyse). Bu listeyi giriş yapabilen herkes değiştirebilir; bu yüzden program anahtarı yalnızca listeye bakarak vermez.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/role_grants.py" line="66" />
        <source>&amp;Give the key</source>
        <translation>Anahtarı &amp;ver</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/role_grants.py" line="67" />
        <source>&amp;Refuse</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/role_grants.py" line="68" />
        <source>&amp;Not now</source>
        <translation>Şimdi &amp;değil</translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="86" />
        <source>Review on</source>
        <translation>Gözden geçirme tarihi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="92" />
        <source>Print without the centre's name and logo</source>
        <translation>Merkezin adı ve logosu olmadan yazdır</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="95" />
        <source>&amp;Save as new version</source>
        <translation>Yeni sürüm olarak &amp;kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="98" />
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="101" />
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="115" />
        <source>Safety plan</source>
        <translation>Güvenlik planı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="152" />
        <source>Version {n}</source>
        <translation>Sürüm {n}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="152" />
        <source>No plan saved yet</source>
        <translation>Henüz kaydedilmiş plan yok</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="186" />
        <source>Save safety plan as PDF</source>
        <translation>Güvenlik planını PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="186" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="203" />
        <source>Saving the safety plan…</source>
        <translation>Güvenlik planı kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/protection/plan_tab.py" line="205" />
        <source>The safety plan was saved: {path}</source>
        <translation>Güvenlik planı kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>SavePrintoutDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="56" />
        <source>Save a form as PDF</source>
        <translation>Formu PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="62" />
        <source>Form to save</source>
        <translation>Kaydedilecek form</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="69" />
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="72" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="82" />
        <source>The PDF holds her personal data: keep it only on the centre's computer or an encrypted stick.</source>
        <translation>PDF danışanın kişisel verilerini içerir: yalnızca merkezin bilgisayarında ya da şifreli bir bellekte saklayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="94" />
        <source>Save the form as PDF</source>
        <translation>Formu PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="97" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/printouts.py" line="111" />
        <source>%1 was saved as %2.</source>
        <translation>%1, %2 adıyla kaydedildi.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="31" />
        <source>Send statistics</source>
        <translation>İstatistik gönder</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="33" />
        <source>Coordinating body</source>
        <translation>Koordinasyon birimi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="38" />
        <source>Send suppressed counts only (no data-sharing protocol)</source>
        <translation>Yalnızca gizlenmiş sayıları gönder (veri paylaşım protokolü yoksa)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="43" />
        <source>The numbers that will leave the centre</source>
        <translation>Merkezden çıkacak sayılar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="49" />
        <source>&amp;Encrypt and save…</source>
        <translation>Şi&amp;frele ve kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="54" />
        <source>To:</source>
        <translation>Alıcı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="62" />
        <source>No verified coordinating body yet: import its centre card and compare the fingerprint on the Transfers page first.</source>
        <translation>Henüz doğrulanmış bir koordinasyon birimi yok: önce Aktarımlar sayfasında merkez kartını içe alın ve parmak izini karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/send_dialog.py" line="67" />
        <source>Exactly these numbers leave the centre:</source>
        <translation>Merkezden tam olarak şu sayılar çıkacak:</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="41" />
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="42" />
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="43" />
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="44" />
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="45" />
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="47" />
        <source>Services given</source>
        <translation>Verilen hizmetler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="50" />
        <source>Kind of service</source>
        <translation>Hizmet türü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="52" />
        <source>Date of the service</source>
        <translation>Hizmet tarihi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="55" />
        <source>Staff who gave the service</source>
        <translation>Hizmeti veren personel</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="64" />
        <source>not counted</source>
        <translation>sayılmadı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="65" />
        <source>Duration in minutes</source>
        <translation>Süre (dakika)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="68" />
        <source>Note on the service</source>
        <translation>Hizmet notu</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="71" />
        <source>&amp;Add service</source>
        <translation>Hizmet &amp;ekle</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="78" />
        <source>Service:</source>
        <translation>Hizmet:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="79" />
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="80" />
        <source>Staff:</source>
        <translation>Personel:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="81" />
        <source>Minutes:</source>
        <translation>Dakika:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="82" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/services_tab.py" line="89" />
        <source>(psychologists only)</source>
        <translation>(yalnızca psikologlar)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="29" />
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="53" />
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="32" />
        <source>&amp;General</source>
        <translation>&amp;Genel</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="33" />
        <source>&amp;My password</source>
        <translation>&amp;Parolam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="39" />
        <source>Centre &amp;details</source>
        <translation>&amp;Merkez bilgileri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="45" />
        <source>Lette&amp;rs and safety plan</source>
        <translation>&amp;Yazılar ve güvenlik planı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="48" />
        <source>&amp;Users</source>
        <translation>&amp;Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/settings.py" line="50" />
        <source>&amp;About</source>
        <translation>&amp;Hakkında</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="31" />
        <source>Save the recovery sheet</source>
        <translation>Kurtarma sayfasını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="33" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="52" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="53" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="54" />
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="55" />
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="87" />
        <source>Creating the encrypted case file…</source>
        <translation>Şifreli vaka dosyası oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="129" />
        <source>Saving the recovery sheet…</source>
        <translation>Kurtarma sayfası kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/wizard.py" line="131" />
        <source>The recovery sheet was saved. Print it, keep the paper locked away, then delete the file: the key must not stay on any computer or USB stick.</source>
        <translation>Kurtarma sayfası kaydedildi. Yazdırın, kâğıdı kilitli bir yerde saklayın, sonra dosyayı silin: anahtar hiçbir bilgisayarda ya da USB bellekte kalmamalı.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="78" />
        <source>Logged in: {name} ({role})</source>
        <translation>Giriş yapan: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/start.py" line="86" />
        <source>Today: {date}</source>
        <translation>Bugün: {date}</translation>
    </message>
</context>
<context>
    <name>StatisticsFiles</name>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="61" />
        <source>Saved (small numbers hidden):
{path}</source>
        <translation>Kaydedildi (küçük sayılar gizlenerek):
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="69" />
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="88" />
        <source>Save statistics</source>
        <translation>İstatistikleri kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="71" />
        <source>Writing the PDF…</source>
        <translation>PDF yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="78" />
        <source>Folder for the CSV files</source>
        <translation>CSV dosyalarının klasörü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="82" />
        <source>Writing the CSV files…</source>
        <translation>CSV dosyaları yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="91" />
        <source>Writing the Excel file…</source>
        <translation>Excel dosyası yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="113" />
        <source>Save the statistics file</source>
        <translation>İstatistik dosyasını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="114" />
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="145" />
        <source>Statistics files (*.kdmstat)</source>
        <translation>İstatistik dosyaları (*.kdmstat)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="133" />
        <source>Encrypting and signing…</source>
        <translation>Şifreleniyor ve imzalanıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="135" />
        <source>The statistics file was encrypted for {code} and signed:
{path}</source>
        <translation>İstatistik dosyası {code} için şifrelendi ve imzalandı:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="143" />
        <source>Import statistics files</source>
        <translation>İstatistik dosyalarını içe al</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="168" />
        <source>Checking and importing…</source>
        <translation>Denetleniyor ve içe alınıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="169" />
        <source>Imported:
{list}</source>
        <translation>İçe alındı:
{list}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="179" />
        <source>Save the province report</source>
        <translation>İl raporunu kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="194" />
        <source>Merging the centres and writing the report…</source>
        <translation>Merkezler birleştiriliyor, rapor yazılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/files.py" line="195" />
        <source>The province report was saved:
{path}</source>
        <translation>İl raporu kaydedildi:
{path}</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="252" />
        <location filename="../src/kdm_desktop/ui/statistics/rows.py" line="49" />
        <location filename="../src/kdm_desktop/ui/statistics/rows.py" line="61" />
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="28" />
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="31" />
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="32" />
        <source>Last month</source>
        <translation>Geçen ay</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="33" />
        <source>This quarter</source>
        <translation>Bu çeyrek</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="34" />
        <source>This year</source>
        <translation>Bu yıl</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="35" />
        <source>Last year</source>
        <translation>Geçen yıl</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="36" />
        <source>From – to</source>
        <translation>Tarih aralığı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="41" />
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="48" />
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="43" />
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="69" />
        <source>Smallest number shown</source>
        <translation>Gösterilen en küçük sayı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="70" />
        <source>As published (small numbers hidden)</source>
        <translation>Yayımlanacağı gibi (küçük sayılar gizli)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="74" />
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="82" />
        <source>Tables</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="95" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="95" />
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="106" />
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="108" />
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="110" />
        <source>Save as E&amp;xcel…</source>
        <translation>E&amp;xcel olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="112" />
        <source>Send to the coordinating body…</source>
        <translation>Koordinasyon birimine gönder…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="114" />
        <source>Import statistics files…</source>
        <translation>İstatistik dosyalarını içe al…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="116" />
        <source>Cross t&amp;able…</source>
        <translation>Çapraz t&amp;ablo…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="118" />
        <source>Two characteristics together, optionally by district (always as published)</source>
        <translation>İki özellik birlikte, istenirse ilçelere göre (her zaman yayımlanacak biçimde)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="121" />
        <source>Province report…</source>
        <translation>İl raporu…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/period_bar.py" line="50" />
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="135" />
        <source>Smallest shown</source>
        <translation>En küçük sayı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="160" />
        <source>Statistics</source>
        <translation>İstatistik</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="184" />
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="279" />
        <source>The end of the period is before its start.</source>
        <translation>Dönemin bitişi başlangıcından önce olamaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="214" />
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="220" />
        <source>{period}: numbers as published. 1 to {k1} is shown as “&lt;{k}”; a number hidden so that a small one cannot be worked out is shown as “×”, and so are the answers of a district whose women (nearly) all gave the same one.</source>
        <translation>{period}: yayımlanacağı gibi. 1–{k1} arası sayılar “&lt;{k}” olarak, küçük bir sayının hesaplanmaması için gizlenen sayılar ve kadınlarının (neredeyse) hepsi aynı yanıtı vermiş bir ilçenin yanıtları “×” olarak gösterilir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="226" />
        <source>{period}: exact numbers, for staff with case access only. Anything that leaves the centre is suppressed first.</source>
        <translation>{period}: kesin sayılar, yalnızca vaka erişimi olan personel için. Merkezden çıkan her şey önce gizlenir.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/statistics/page.py" line="268" />
        <source>District entries that match no district of the list (counted as “not on the list”; correct them in the case files): {listed}</source>
        <translation>Listedeki hiçbir ilçeyle eşleşmeyen ilçe yazımları (“listede olmayan ilçe” olarak sayılır; vaka dosyalarında düzeltin): {listed}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="61" />
        <source>Change the status</source>
        <translation>Durumu değiştir</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="66" />
        <source>New status</source>
        <translation>Yeni durum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="69" />
        <source>Reason for closing</source>
        <translation>Kapanış nedeni</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="72" />
        <source>Note on the change</source>
        <translation>Değişiklikle ilgili not</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="75" />
        <source>New status:</source>
        <translation>Yeni durum:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="76" />
        <source>Reason for closing:</source>
        <translation>Kapanış nedeni:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/status_dialogs.py" line="77" />
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="131" />
        <source>At least {min} characters. Longer is stronger.</source>
        <translation>En az {min} karakter. Ne kadar uzunsa o kadar güçlü.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="135" />
        <source>Too short: at least {min} characters.</source>
        <translation>Çok kısa: en az {min} karakter olmalı.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="138" />
        <source>Weak</source>
        <translation>Zayıf</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="139" />
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="140" />
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="141" />
        <source>Strong</source>
        <translation>Güçlü</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/widgets.py" line="143" />
        <source>Password strength: {level}</source>
        <translation>Parola gücü: {level}</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/detail_tabs.py" line="107" />
        <source>Application</source>
        <translation>Başvuru</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/detail_tabs.py" line="108" />
        <source>Client</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/detail_tabs.py" line="115" />
        <source>Status history:</source>
        <translation>Durum geçmişi:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/kdm_desktop/ui/tasks.py" line="304" />
        <source>The operation was cancelled.</source>
        <translation>İşlem iptal edildi.</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/card.py" line="19" />
        <source>Appointments today and tomorrow</source>
        <translation>Bugünün ve yarının randevuları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/card.py" line="42" />
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/card.py" line="42" />
        <source>Tomorrow</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/calendar/card.py" line="47" />
        <source>No appointments.</source>
        <translation>Randevu yok.</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="59" />
        <source>Transfers between centres</source>
        <translation>Merkezler arası aktarımlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="63" />
        <source>Send cases</source>
        <translation>Dosya gönder</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="66" />
        <source>To centre:</source>
        <translation>Alıcı merkez:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="72" />
        <source>Case numbers:</source>
        <translation>Dosya numaraları:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="74" />
        <source>Removable drive:</source>
        <translation>Çıkarılabilir sürücü:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="76" />
        <source>Hand the files over: they are closed here as “Handed over”</source>
        <translation>Dosyaları devret: burada “Devredildi” olarak kapanırlar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="81" />
        <source>Untick to send copies for cooperation only: the files then stay open here.</source>
        <translation>Yalnızca iş birliği için kopya göndermek isterseniz işareti kaldırın: dosyalar burada açık kalır.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="84" />
        <source>Write the transfer file…</source>
        <translation>Aktarım dosyasını yaz…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="90" />
        <source>Each woman must have consented to sharing with other centres. A confidential address is never included.</source>
        <translation>Her kadının diğer merkezlerle paylaşıma açık rıza vermiş olması gerekir. Gizli adres hiçbir zaman aktarılmaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="106" />
        <source>Sent transfer files</source>
        <translation>Gönderilen aktarım dosyaları</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="110" />
        <source>Written</source>
        <translation>Yazıldı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="110" />
        <source>To</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="110" />
        <source>Cases</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="110" />
        <source>Received</source>
        <translation>Teslim alındı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="143" />
        <source>Choose a folder or file…</source>
        <translation>Klasör ya da dosya seçin…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="148" />
        <source>not yet</source>
        <translation>henüz değil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="152" />
        <source>{count} file(s)</source>
        <translation>{count} dosya</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="171" />
        <source>Choose a centre and type at least one case number.</source>
        <translation>Bir merkez seçin ve en az bir dosya numarası yazın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="176" />
        <source>Save the transfer file</source>
        <translation>Aktarım dosyasını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="178" />
        <source>Transfer files (*.kdmb)</source>
        <translation>Aktarım dosyaları (*.kdmb)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="201" />
        <source>{count} case file(s) were written for {code}:
{path}</source>
        <translation>{code} merkezi için {count} dosya yazıldı:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="205" />
        <source>Marked “Handed over” here: {numbers}</source>
        <translation>Burada “Devredildi” olarak işaretlenenler: {numbers}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/page.py" line="213" />
        <source>Encrypting, signing and writing the transfer file…</source>
        <translation>Aktarım dosyası şifreleniyor, imzalanıyor ve yazılıyor…</translation>
    </message>
</context>
<context>
    <name>TriStateCombo</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/inputs.py" line="50" />
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/inputs.py" line="51" />
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="46" />
        <source>This centre</source>
        <translation>Bu merkez</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="48" />
        <source>Fingerprint to read out to the other centre:</source>
        <translation>Diğer merkeze okunacak parmak izi:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="56" />
        <source>Save this centre's card…</source>
        <translation>Bu merkezin kartını kaydet…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="61" />
        <source>Trusted centres</source>
        <translation>Güvenilen merkezler</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="65" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="65" />
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="65" />
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="65" />
        <source>Fingerprint</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="74" />
        <source>Import a centre's card…</source>
        <translation>Bir merkezin kartını içe al…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="76" />
        <source>Revoke trust…</source>
        <translation>Güveni iptal et…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="84" />
        <source>Only an administrator can trust or revoke a centre: a wrong card would send her file to the wrong place. Ask your administrator.</source>
        <translation>Bir merkeze güvenmeyi ya da güveni kaldırmayı yalnızca yönetici yapabilir: yanlış bir kart, danışanın dosyasının yanlış yere gitmesine yol açar. Yöneticinize başvurun.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="101" />
        <source>not verified</source>
        <translation>doğrulanmadı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="102" />
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="103" />
        <source>old key</source>
        <translation>eski anahtar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="104" />
        <source>revoked</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="124" />
        <source>Save this centre's card</source>
        <translation>Bu merkezin kartını kaydet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="126" />
        <source>Centre cards (*.json)</source>
        <translation>Merkez kartları (*.json)</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="137" />
        <source>The card was saved:
{path}</source>
        <translation>Kart kaydedildi:
{path}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="154" />
        <source>{code} ({name}) is verified and trusted.</source>
        <translation>{code} ({name}) doğrulandı ve güvenilen merkezlere eklendi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="169" />
        <source>Select a centre in the list first.</source>
        <translation>Önce listeden bir merkez seçin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="173" />
        <source>Revoke trust in centre {code}?</source>
        <translation>{code} merkezine güven iptal edilsin mi?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="175" />
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/transfers/trust.py" line="177" />
        <source>Bundles from this centre will be refused until a new card is imported and verified.</source>
        <translation>Yeni bir kart içe alınıp doğrulanana kadar bu merkezden gelen aktarım dosyaları reddedilecek.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="55" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="56" />
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="65" />
        <source>&amp;Log in</source>
        <translation>&amp;Giriş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="68" />
        <source>Log in</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="69" />
        <source>I &amp;forgot my password</source>
        <translation>Parolamı &amp;unuttum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="72" />
        <source>I forgot my password</source>
        <translation>Parolamı unuttum</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="76" />
        <source>Log in to open the case file.</source>
        <translation>Vaka dosyasını açmak için giriş yapın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="78" />
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="79" />
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="90" />
        <source>This is a demo case file: every person in it is invented. The password of every demo user is {password}.</source>
        <translation>Bu bir deneme vaka dosyasıdır: içindeki bütün kişiler uydurmadır. Bütün deneme kullanıcılarının parolası: {password}</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="132" />
        <source>Too many failed attempts. You can try again in {seconds} s.</source>
        <translation>Çok sayıda hatalı deneme. {seconds} sn sonra yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="151" />
        <source>Enter your user name.</source>
        <translation>Kullanıcı adınızı girin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/unlock.py" line="163" />
        <source>Checking the password…</source>
        <translation>Parola denetleniyor…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="45" />
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="45" />
        <source>Full name</source>
        <translation>Ad soyad</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="45" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/models/users_model.py" line="45" />
        <source>Added on</source>
        <translation>Eklenme tarihi</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="38" />
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="52" />
        <source>&amp;Add user…</source>
        <translation>Kullanıcı &amp;ekle…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="54" />
        <source>Reset &amp;password…</source>
        <translation>Parolayı &amp;sıfırla…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="56" />
        <source>Change r&amp;ole…</source>
        <translation>&amp;Rolü değiştir…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="58" />
        <source>Re&amp;move user…</source>
        <translation>Kullanıcıyı si&amp;l…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="77" />
        <source>Removing a user re-encrypts the whole case file with a new key, so an old copy of their password opens nothing written afterwards.</source>
        <translation>Bir kullanıcı silindiğinde bütün vaka dosyası yeni bir anahtarla yeniden şifrelenir; böylece parolasının eski bir kopyası bundan sonra yazılan hiçbir şeyi açamaz.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="128" />
        <source>The user {user} was added.</source>
        <translation>{user} kullanıcısı eklendi.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="133" />
        <source>Adding the user…</source>
        <translation>Kullanıcı ekleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="157" />
        <source>The password of {user} was reset. Tell it to them in person.</source>
        <translation>{user} kullanıcısının parolası sıfırlandı. Yeni parolayı kendisine yüz yüze söyleyin.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="165" />
        <source>Setting the new password…</source>
        <translation>Yeni parola belirleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="196" />
        <source>Remove the user {user}?</source>
        <translation>{user} kullanıcısı silinsin mi?</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="198" />
        <source>&amp;Remove user</source>
        <translation>Kullanıcıyı &amp;sil</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="200" />
        <source>Their password stops working at once. The whole case file is then re-encrypted with a new key; this can take a while. Do not switch the computer off until it is finished.</source>
        <translation>Parolası hemen geçersiz olur. Ardından bütün vaka dosyası yeni bir anahtarla yeniden şifrelenir; bu biraz sürebilir. İşlem bitene kadar bilgisayarı kapatmayın.</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="215" />
        <location filename="../src/kdm_desktop/ui/screenshots.py" line="211" />
        <source>Removing the user and re-encrypting the case file…</source>
        <translation>Kullanıcı siliniyor ve vaka dosyası yeniden şifreleniyor…</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/pages/users.py" line="218" />
        <source>The user {user} was removed and the case file re-encrypted.</source>
        <translation>{user} kullanıcısı silindi ve vaka dosyası yeniden şifrelendi.</translation>
    </message>
</context>
<context>
    <name>ViolenceTab</name>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/detail_tabs.py" line="139" />
        <source>Violence she describes</source>
        <translation>Anlattığı şiddet</translation>
    </message>
    <message>
        <location filename="../src/kdm_desktop/ui/cases/detail_tabs.py" line="152" />
        <source>{relation} (perpetrator section; at intake: {intake})</source>
        <translation>{relation} (şiddet uygulayan bölümü; başvuruda: {intake})</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/kdm_desktop/ui/workspace.py" line="54" />
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
</context>
</TS>
