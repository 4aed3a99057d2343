import './user-badge.js';
