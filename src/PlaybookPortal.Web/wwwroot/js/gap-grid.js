// The gap matrix as one keyboard stop: arrow keys, Home/End (Ctrl for the first/last row)
// and Page Up/Down move a roving tabindex between the row headers and cells; Enter opens the
// rep's skills page. Group toggles hide a skill category's columns. Without script the grid
// shows everything and every cell's link still works by pointer.
(function () {
    'use strict';

    var PAGE_ROWS = 10;

    function visibleCells(row) {
        return Array.prototype.filter.call(
            row.querySelectorAll('[role="rowheader"], [role="gridcell"]'),
            function (cell) { return !cell.classList.contains('is-collapsed'); });
    }

    function moveTo(grid, from, target) {
        if (!target || target === from) { return; }
        from.setAttribute('tabindex', '-1');
        target.setAttribute('tabindex', '0');
        target.focus();
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    function onKey(grid, rows, event) {
        var cell = event.target.closest('[role="rowheader"], [role="gridcell"]');
        if (!cell || !grid.contains(cell)) { return; }
        var rowIndex = rows.indexOf(cell.parentElement);
        var cells = visibleCells(rows[rowIndex]);
        var col = cells.indexOf(cell);
        var nextRow = rowIndex;
        var nextCol = col;

        switch (event.key) {
            case 'ArrowRight': nextCol = Math.min(col + 1, cells.length - 1); break;
            case 'ArrowLeft': nextCol = Math.max(col - 1, 0); break;
            case 'ArrowDown': nextRow = Math.min(rowIndex + 1, rows.length - 1); break;
            case 'ArrowUp': nextRow = Math.max(rowIndex - 1, 0); break;
            case 'PageDown': nextRow = Math.min(rowIndex + PAGE_ROWS, rows.length - 1); break;
            case 'PageUp': nextRow = Math.max(rowIndex - PAGE_ROWS, 0); break;
            case 'Home':
                nextCol = 0;
                if (event.ctrlKey) { nextRow = 0; }
                break;
            case 'End':
                nextCol = cells.length - 1;
                if (event.ctrlKey) { nextRow = rows.length - 1; }
                break;
            case 'Enter':
                var link = cell.querySelector('a[href]');
                if (link) { link.click(); event.preventDefault(); }
                return;
            default:
                return;
        }

        event.preventDefault();
        var targetCells = visibleCells(rows[nextRow]);
        moveTo(grid, cell, targetCells[Math.min(nextCol, targetCells.length - 1)]);
    }

    function startGroups(grid, toolbar) {
        toolbar.hidden = false;
        toolbar.querySelectorAll('[data-gap-grid-toggle]').forEach(function (button) {
            button.addEventListener('click', function () {
                var shown = button.getAttribute('aria-pressed') !== 'true';
                button.setAttribute('aria-pressed', shown ? 'true' : 'false');
                var key = button.getAttribute('data-gap-grid-toggle');
                grid.querySelectorAll('[data-group="' + key + '"]').forEach(function (el) {
                    el.classList.toggle('is-collapsed', !shown);
                });
                keepOneStop(grid);
            });
        });
    }

    // A collapsed column may have held the tab stop: hand it to the row's header.
    function keepOneStop(grid) {
        var stop = grid.querySelector('tbody [tabindex="0"]');
        if (stop && stop.classList.contains('is-collapsed')) {
            stop.setAttribute('tabindex', '-1');
            stop.parentElement.querySelector('[role="rowheader"]').setAttribute('tabindex', '0');
        }
    }

    function start(grid) {
        var rows = Array.prototype.slice.call(grid.querySelectorAll('tbody > tr'));
        grid.addEventListener('keydown', function (event) { onKey(grid, rows, event); });

        // A click puts the tab stop where the pointer was, so Tab back in returns there.
        grid.addEventListener('focusin', function (event) {
            var cell = event.target.closest('[role="rowheader"], [role="gridcell"]');
            var stop = grid.querySelector('tbody [tabindex="0"]');
            if (cell && stop && cell !== stop) {
                stop.setAttribute('tabindex', '-1');
                cell.setAttribute('tabindex', '0');
            }
        });

        var wrapper = grid.closest('.gap-grid-scroll');
        var toolbar = wrapper && wrapper.previousElementSibling;
        if (toolbar && toolbar.hasAttribute('data-gap-grid-groups')) { startGroups(grid, toolbar); }
    }

    document.querySelectorAll('[data-gap-grid]').forEach(function (el) {
        if (el.tagName === 'TABLE') { start(el); }
    });
})();
