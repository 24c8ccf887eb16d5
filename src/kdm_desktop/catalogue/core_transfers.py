"""Transfers between centres (services/transfers.py, services/trust.py).

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- transfers between centres (services/transfers.py, services/trust.py) ---
    "trust.card_invalid": {
        "tr": "Merkez kartı geçersiz ya da bozuk ({reason}); içe alınmadı.",
        "en": "The centre card is invalid or damaged ({reason}); it was not imported.",
    },
    "trust.own_card": {
        "tr": "Bu, bu merkezin kendi kartı; güvenilen merkezlere eklenmez.",
        "en": "This is this centre's own card; it is not added to the trusted centres.",
    },
    "trust.revoked_key": {
        "tr": "{code} merkezinin bu anahtarı iptal edilmiş; yeniden güvenilemez. Merkezden yeni bir kart isteyin.",
        "en": "This key of centre {code} was revoked and cannot be trusted again. Ask the centre for a new card.",
    },
    "trust.card_conflict": {
        "tr": "Bu imza anahtarı {code} merkezinde başka bilgilerle kayıtlı; kart içe alınmadı.",
        "en": "This signing key is already stored for {code} with other details; the card was not imported.",
    },
    "trust.nothing_to_verify": {
        "tr": "{code} merkezinin doğrulanmayı bekleyen bir kartı yok.",
        "en": "Centre {code} has no card waiting for verification.",
    },
    "trust.already_revoked": {
        "tr": "{code} merkezine güven zaten iptal edilmiş; hiçbir şey değişmedi.",
        "en": "Trust in centre {code} was already revoked; nothing changed.",
    },
    "trust.unknown_centre": {
        "tr": "{code} kodlu bir merkez güvenilen merkezler arasında yok. Önce merkezin kartını içe alın.",
        "en": "No centre with code {code} is among the trusted centres. Import the centre's card first.",
    },
    "trust.recipient_revoked": {
        "tr": "{code} merkezine güven iptal edilmiş; ona dosya gönderilemez.",
        "en": "Trust in centre {code} was revoked; no files can be sent to it.",
    },
    "trust.recipient_unverified": {
        "tr": "{code} merkezinin kartı henüz parmak iziyle doğrulanmadı; ona dosya gönderilemez.",
        "en": "The card of centre {code} has not been verified by fingerprint yet; no files can be sent to it.",
    },
    "trust.fingerprint_mismatch": {
        "tr": "Parmak izi eşleşmiyor: {code} merkezinin okuduğu rakamlar bu kartınkiyle aynı değil. Kart kaydedilmedi; merkezi bilinen numarasından arayıp yeniden karşılaştırın.",
        "en": "Fingerprint mismatch: the digits centre {code} read out differ from this card's. The card was not stored; call the centre on its known number and compare again.",
    },
    "transfer.write_failed": {
        "tr": "Aktarım dosyası yazılamadı: {path} ({detail}). Hiçbir şey kaydedilmedi.",
        "en": "The transfer file could not be written: {path} ({detail}). Nothing was recorded.",
    },
    "transfer.unreadable": {
        "tr": "Aktarım dosyası okunamadı: {path} ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The transfer file could not be read: {path} ({detail}). Nothing was imported.",
    },
    "transfer.already_imported": {
        "tr": "Bu aktarım dosyası zaten içe alınmış; hiçbir şey değişmedi.",
        "en": "This transfer file was already imported; nothing changed.",
    },
    "transfer.old_sequence": {
        "tr": "Aktarım dosyasının sıra numarası ({sequence}) bu merkezden alınan son dosyanınkinden ({last}) büyük değil: eski ya da yeniden gönderilmiş bir dosya. İçe alınmadı.",
        "en": "The bundle's sequence number ({sequence}) is not above the last one received from this centre ({last}): an old or replayed bundle. Nothing was imported.",
    },
    "transfer.confirm_needed": {
        "tr": "İçe almadan önce önizlemeyi onaylayın (komut satırında --yes). Hiçbir şey içe alınmadı.",
        "en": "Confirm the preview before importing (--yes on the command line). Nothing was imported.",
    },
    "transfer.receipt_not_imported": {
        "tr": "Bu aktarım dosyası bu merkezde içe alınmamış; alındı belgesi yazılamaz.",
        "en": "This bundle was not imported at this centre; no receipt can be written.",
    },
    "transfer.receipt_invalid": {
        "tr": "Alındı belgesi geçersiz ya da bozuk ({reason}); kaydedilmedi.",
        "en": "The receipt is invalid or damaged ({reason}); it was not recorded.",
    },
    "transfer.receipt_untrusted": {
        "tr": "Alındı belgesini imzalayan merkez doğrulanmış güvenilen merkezler arasında yok; kaydedilmedi.",
        "en": "The centre that signed the receipt is not a verified trusted centre; it was not recorded.",
    },
    "transfer.receipt_mismatch": {
        "tr": "Alındı belgesi bu merkezin gönderdiği hiçbir aktarım dosyasıyla (kimlik, özet, alıcı, dosyalar) eşleşmiyor; kaydedilmedi.",
        "en": "The receipt matches no bundle this centre sent (id, digest, recipient, cases); it was not recorded.",
    },
    "transfer.env.not_a_file": {
        "tr": "Seçilen yol normal bir dosya değil. Hiçbir şey içe alınmadı.",
        "en": "The chosen path is not a regular file. Nothing was imported.",
    },
    "transfer.env.truncated": {
        "tr": "Aktarım dosyası eksik (kesilmiş); bellek çubuğu erken çıkarılmış olabilir. Hiçbir şey içe alınmadı.",
        "en": "The bundle is incomplete (truncated); the stick may have been pulled out early. Nothing was imported.",
    },
    "transfer.env.bad_magic": {
        "tr": "Bu bir KDM aktarım dosyası değil. Hiçbir şey içe alınmadı.",
        "en": "This is not a KDM transfer bundle. Nothing was imported.",
    },
    "transfer.env.unsupported_version": {
        "tr": "Aktarım dosyası bu programın okuyamadığı daha yeni bir sürümde. Programı güncelleyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle uses a newer version this program cannot read. Update the program. Nothing was imported.",
    },
    "transfer.env.downgrade": {
        "tr": "Aktarım dosyası artık kabul edilmeyen eski bir sürümde. Hiçbir şey içe alınmadı.",
        "en": "The bundle uses an old version that is no longer accepted. Nothing was imported.",
    },
    "transfer.env.header_too_large": {
        "tr": "Aktarım dosyasının başlığı izin verilenden büyük. Hiçbir şey içe alınmadı.",
        "en": "The bundle's header is larger than allowed. Nothing was imported.",
    },
    "transfer.env.bad_header": {
        "tr": "Aktarım dosyasının başlığı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's header is damaged. Nothing was imported.",
    },
    "transfer.env.length_out_of_range": {
        "tr": "Aktarım dosyasında bildirilen uzunluk geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The length declared in the bundle is out of range. Nothing was imported.",
    },
    "transfer.env.trailing_data": {
        "tr": "Aktarım dosyasının sonunda fazladan veri var; dosya değiştirilmiş. Hiçbir şey içe alınmadı.",
        "en": "The bundle has extra data at its end; it was altered. Nothing was imported.",
    },
    "transfer.env.unknown_sender": {
        "tr": "Gönderen merkez tanınmıyor, parmak iziyle doğrulanmamış ya da güveni iptal edilmiş. Hiçbir şey içe alınmadı.",
        "en": "The sending centre is unknown, not verified by fingerprint, or revoked. Nothing was imported.",
    },
    "transfer.env.bad_signature": {
        "tr": "Aktarım dosyasının imzası geçersiz: dosya bozulmuş ya da değiştirilmiş. Hiçbir şey içe alınmadı.",
        "en": "The bundle's signature is invalid: the file is damaged or was altered. Nothing was imported.",
    },
    "transfer.env.changed_during_read": {
        "tr": "Aktarım dosyası okunurken değişti; çubuğu takıp yeniden deneyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle changed while it was being read; reinsert the stick and try again. Nothing was imported.",
    },
    "transfer.env.wrong_recipient": {
        "tr": "Bu aktarım dosyası bu merkeze gönderilmemiş. Hiçbir şey içe alınmadı.",
        "en": "This bundle was not sent to this centre. Nothing was imported.",
    },
    "transfer.env.payload": {
        "tr": "Aktarım dosyasının şifreli içeriği bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's encrypted content is damaged. Nothing was imported.",
    },
    "transfer.env.bad_inner_header": {
        "tr": "Aktarım dosyasının iç başlığı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle's inner header is damaged. Nothing was imported.",
    },
    "transfer.env.inner_sender_mismatch": {
        "tr": "Aktarım dosyasının içindeki gönderen, imzalayan merkezle aynı değil. Hiçbir şey içe alınmadı.",
        "en": "The sender inside the bundle differs from the centre that signed it. Nothing was imported.",
    },
    "transfer.env.inner_bundle_mismatch": {
        "tr": "Aktarım dosyasının içindeki kimlik dıştakiyle aynı değil. Hiçbir şey içe alınmadı.",
        "en": "The bundle id inside differs from the one outside. Nothing was imported.",
    },
    "transfer.env.inner_recipient_mismatch": {
        "tr": "Aktarım dosyasının içindeki alıcılar arasında bu merkez yok. Hiçbir şey içe alınmadı.",
        "en": "This centre is not among the recipients named inside the bundle. Nothing was imported.",
    },
    "transfer.env.cancelled": {
        "tr": "İşlem iptal edildi; hiçbir şey değişmedi. Hiçbir şey içe alınmadı.",
        "en": "Cancelled; nothing changed. Nothing was imported.",
    },
    "transfer.env.write_verify_failed": {
        "tr": "Yazılan aktarım dosyası geri okunurken doğrulanamadı ve silindi. Başka bir çubuk deneyin. Hiçbir şey içe alınmadı.",
        "en": "The bundle just written did not verify when read back and was deleted. Try another stick. Nothing was imported.",
    },
    "transfer.age.bad_version_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının sürüm satırı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad version line. Nothing was imported.",
    },
    "transfer.age.unsupported_version": {
        "tr": "Aktarım dosyası reddedildi: şifreleme sürümü desteklenmiyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, unsupported version. Nothing was imported.",
    },
    "transfer.age.truncated_header": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığı eksik. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, truncated header. Nothing was imported.",
    },
    "transfer.age.header_too_large": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığı çok büyük. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, header too large. Nothing was imported.",
    },
    "transfer.age.too_many_stanzas": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında çok fazla alıcı kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, too many stanzas. Nothing was imported.",
    },
    "transfer.age.bad_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında geçersiz bir satır var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad line. Nothing was imported.",
    },
    "transfer.age.bad_stanza": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında bozuk bir alıcı kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad stanza. Nothing was imported.",
    },
    "transfer.age.no_stanzas": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında alıcı kaydı yok. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no stanzas. Nothing was imported.",
    },
    "transfer.age.bad_mac_line": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının doğrulama satırı bozuk. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad mac line. Nothing was imported.",
    },
    "transfer.age.bad_x25519_stanza": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında bozuk bir X25519 kaydı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad x25519 stanza. Nothing was imported.",
    },
    "transfer.age.scrypt_not_alone": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında parola kaydı başka kayıtlarla karışık. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, scrypt not alone. Nothing was imported.",
    },
    "transfer.age.low_order_share": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığında geçersiz bir anahtar payı var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, low order share. Nothing was imported.",
    },
    "transfer.age.missing_nonce": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik eksik (nonce yok). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, missing nonce. Nothing was imported.",
    },
    "transfer.age.bad_header_mac": {
        "tr": "Aktarım dosyası reddedildi: şifreleme başlığının doğrulama kodu tutmuyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad header mac. Nothing was imported.",
    },
    "transfer.age.no_identity_match": {
        "tr": "Aktarım dosyası reddedildi: dosya bu merkezin anahtarıyla açılmıyor (başka bir merkeze gönderilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no identity match. Nothing was imported.",
    },
    "transfer.age.truncated_payload": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik eksik (kesilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, truncated payload. Nothing was imported.",
    },
    "transfer.age.empty_final_chunk": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin son parçası boş. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, empty final chunk. Nothing was imported.",
    },
    "transfer.age.chunk_auth_failed": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin bir parçası doğrulanamadı (bozulmuş ya da değiştirilmiş). Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, chunk auth failed. Nothing was imported.",
    },
    "transfer.age.trailing_data": {
        "tr": "Aktarım dosyası reddedildi: şifreli içeriğin sonunda fazladan veri var. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, trailing data. Nothing was imported.",
    },
    "transfer.age.too_many_chunks": {
        "tr": "Aktarım dosyası reddedildi: şifreli içerik çok fazla parçadan oluşuyor. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, too many chunks. Nothing was imported.",
    },
    "transfer.age.no_recipients": {
        "tr": "Aktarım dosyası reddedildi: alıcı yok. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, no recipients. Nothing was imported.",
    },
    "transfer.age.bad_recipient": {
        "tr": "Aktarım dosyası reddedildi: alıcı anahtarı geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad recipient. Nothing was imported.",
    },
    "transfer.age.bad_key_encoding": {
        "tr": "Aktarım dosyası reddedildi: anahtar kodlaması geçersiz. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, bad key encoding. Nothing was imported.",
    },
    "transfer.age.cancelled": {
        "tr": "Aktarım dosyası reddedildi: işlem iptal edildi. Hiçbir şey içe alınmadı.",
        "en": "The bundle was refused: encryption layer, cancelled. Nothing was imported.",
    },
    "transfer.payload.truncated": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik eksik ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: content truncated ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_magic": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik biçimi tanınmıyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: unknown content format ({detail}). Nothing was imported.",
    },
    "transfer.payload.unsupported_version": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerik sürümü desteklenmiyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: unsupported content version ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_large": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi çok büyük ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest too large ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_deep": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi çok derin iç içe ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest nested too deeply ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_key": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesinde aynı alan iki kez var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: duplicate key in the manifest ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_json": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi geçerli JSON değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest is not valid JSON ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_manifest": {
        "tr": "Aktarım dosyasının içeriği reddedildi: dosya listesi beklenen biçimde değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: manifest does not have the expected shape ({detail}). Nothing was imported.",
    },
    "transfer.payload.entry_hash": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosya kaydının özeti tutmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: a case entry's hash does not match ({detail}). Nothing was imported.",
    },
    "transfer.payload.too_many": {
        "tr": "Aktarım dosyasının içeriği reddedildi: izin verilenden çok kayıt ya da ek var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: too many entries or attachments ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_entry": {
        "tr": "Aktarım dosyasının içeriği reddedildi: aynı kayıt iki kez var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: duplicate entry ({detail}). Nothing was imported.",
    },
    "transfer.payload.duplicate_name": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosyada aynı adlı (büyük/küçük harf ya da Unicode farkıyla) iki ek var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: two attachments of a case have the same name after case folding or normalisation ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_name": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin adı kabul edilemez (yol, sürücü, aygıt adı, denetim karakteri ya da çok uzun) ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment name is not acceptable (path, drive, device name, control character or too long) ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_hash": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin içeriği özetiyle uyuşmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment's content does not match its hash ({detail}). Nothing was imported.",
    },
    "transfer.payload.trailing_data": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içeriğin sonunda fazladan veri var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: extra data after the content ({detail}). Nothing was imported.",
    },
    "transfer.payload.bad_case": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir dosya kaydındaki değerler geçersiz ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: a case entry holds invalid values ({detail}). Nothing was imported.",
    },
    "transfer.payload.case_number_taken": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bu dosya numarası burada başka bir dosyaya ait ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: this case number belongs to another case here ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_mismatch": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ek burada farklı içerikle zaten var ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment already exists here with other content ({detail}). Nothing was imported.",
    },
    "transfer.payload.attachment_type": {
        "tr": "Aktarım dosyasının içeriği reddedildi: bir ekin türü adıyla ya da içeriğiyle uyuşmuyor ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: an attachment's type does not match its name or content ({detail}). Nothing was imported.",
    },
    "transfer.payload.sender_mismatch": {
        "tr": "Aktarım dosyasının içeriği reddedildi: içerikteki merkez kodu imzalayan merkezinkiyle aynı değil ({detail}). Hiçbir şey içe alınmadı.",
        "en": "The bundle's content was refused: the centre code in the content differs from the signer's ({detail}). Nothing was imported.",
    },
    "calendar.closed_day_not_found": {
        "tr": "Kapalı gün bulunamadı: {date} tarihinde kayıtlı kapalı gün yok.",
        "en": "No closed day found: nothing is recorded as closed on {date}.",
    },
}
