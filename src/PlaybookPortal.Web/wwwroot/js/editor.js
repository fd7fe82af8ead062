// The playbook editor: a live preview of the Markdown text, the text's size against the
// 2 MB limit, and copying the other editor's version in a conflict. Without script the
// page still works: the Preview button renders the preview on the server.
(function () {
    'use strict';

    var DEBOUNCE_MS = 400;

    function formatSize(bytes) {
        if (bytes < 1024) { return bytes + ' bytes'; }
        if (bytes < 1024 * 1024) { return (Math.round(bytes / 102.4) / 10) + ' KB'; }
        return (Math.round(bytes / 10485.76) / 100) + ' MB';
    }

    function startPreview(panes) {
        var form = panes.closest('form');
        var body = panes.querySelector('textarea[name="Input.Body"]');
        var preview = panes.querySelector('[data-editor-preview]');
        var size = panes.querySelector('[data-editor-size]');
        var tokenInput = form && form.querySelector('input[name="__RequestVerificationToken"]');
        if (!form || !body || !preview || !tokenInput) { return; }

        var timer = null;
        var sent = 0;
        var encoder = new TextEncoder();

        function render() {
            var number = ++sent;
            var data = new URLSearchParams();
            data.append('Input.Body', body.value);
            var slug = form.querySelector('input[name="Slug"]');
            if (slug) { data.append('Slug', slug.value); }
            preview.setAttribute('aria-busy', 'true');
            fetch(panes.getAttribute('data-preview-url'), {
                method: 'POST',
                headers: { 'RequestVerificationToken': tokenInput.value },
                body: data,
                credentials: 'same-origin'
            }).then(function (response) {
                if (!response.ok) { throw new Error('Preview failed: ' + response.status); }
                return response.text();
            }).then(function (html) {
                // Only the answer to the latest request is shown; the server sanitised it.
                if (number === sent) { preview.innerHTML = html; }
            }).catch(function () {
                if (number === sent) {
                    preview.textContent = 'The preview could not be updated; your text is unaffected. Use the Preview button to try again.';
                }
            }).finally(function () {
                if (number === sent) { preview.removeAttribute('aria-busy'); }
            });
        }

        function changed() {
            if (size) { size.textContent = formatSize(encoder.encode(body.value).length); }
            clearTimeout(timer);
            timer = setTimeout(render, DEBOUNCE_MS);
        }

        body.addEventListener('input', changed);

        // A link followed from the preview would leave the editor and its unsaved text.
        preview.addEventListener('click', function (event) {
            var link = event.target.closest('a[href]');
            if (!link || link.getAttribute('href').charAt(0) === '#') { return; }
            event.preventDefault();
            window.open(link.href, '_blank', 'noopener');
        });

        if (preview.querySelector('[data-editor-preview-empty]')) {
            render();
        }
    }

    function startCopyButtons() {
        document.querySelectorAll('[data-editor-copy]').forEach(function (button) {
            var source = document.getElementById(button.getAttribute('data-editor-copy'));
            if (!source) { return; }
            button.hidden = false;
            button.addEventListener('click', function () {
                source.select();
                var done = function () { button.textContent = 'Copied'; };
                if (navigator.clipboard) {
                    navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand('copy'); done(); });
                } else {
                    document.execCommand('copy');
                    done();
                }
            });
        });
    }

    document.querySelectorAll('[data-editor]').forEach(startPreview);
    startCopyButtons();
}());
